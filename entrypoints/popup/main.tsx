import { render } from 'preact';
import { uiDirection, uiLocale } from '../../core/text/i18n';
import { App, FIRST_PAINT_KEYS } from './App';
import { readLocalValues } from '../../utils/use-local-values';
import '../../assets/styles.css';
import { installBrowserMessages } from '../../utils/browser-messages';

installBrowserMessages();

// User Timing marks, read by npm run bench to say where the first verdict's time goes.
performance.mark('cra:main');
// Started before anything renders, so the stored verdict is ready for the first render.
const stored = readLocalValues(FIRST_PAINT_KEYS);

// The same page serves the toolbar popup and, with ?page=full, a tab for the long checklist steps.
const fullPage = new URLSearchParams(location.search).get('page') === 'full';
if (fullPage) document.body.classList.replace('popup-body', 'full-page-body');
// Screen readers pronounce the page in the language the text is in.
document.documentElement.lang = uiLocale() ?? 'en';
// Arabic lays the page out right to left; addresses and code stay left to right (assets/styles.css).
document.documentElement.dir = uiDirection();
const root = document.getElementById('app') as HTMLElement;
// A failed read still paints: the findings view then says nothing has been checked yet.
void stored
  .then(
    (values) => render(<App fullPage={fullPage} initial={values} />, root),
    () => render(<App fullPage={fullPage} initial={{}} />, root),
  )
  .then(() => performance.mark('cra:rendered'));
