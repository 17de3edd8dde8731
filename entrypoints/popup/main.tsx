import { render } from 'preact';
import { uiLocale } from '../../core/i18n';
import { App } from './App';
import '../../assets/styles.css';

// The same page serves the toolbar popup and, with ?page=full, a tab for the long checklist steps.
const fullPage = new URLSearchParams(location.search).get('page') === 'full';
if (fullPage) document.body.classList.replace('popup-body', 'full-page-body');
// Screen readers pronounce the page in the language the text is in.
document.documentElement.lang = uiLocale() ?? 'en';
render(<App fullPage={fullPage} />, document.getElementById('app') as HTMLElement);
