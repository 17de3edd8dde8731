import { setMessageSource } from '../core/text/i18n';

interface I18nApi {
  getMessage: (key: string, substitutions?: string[]) => string;
  getUILanguage: () => string;
}

/**
 * Installs the browser's i18n as core's message source. Native `chrome.i18n`
 * (Firefox has it too) rather than the polyfill, so the popup's first chunk
 * stays small. Every entrypoint calls this before it renders or reports.
 */
export function installBrowserMessages(): void {
  const api = (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
  if (!api) return;
  setMessageSource({
    message: (key, subs) => api.getMessage(key, subs),
    locale: () => api.getUILanguage(),
    // The catalogue's own direction rather than @@bidi_dir, which is the browser's: a Hebrew browser shows our English
    // text (rtl there would reverse it), and headless Chromium answers ltr for an Arabic UI.
    direction: () => api.getMessage('text_direction'),
  });
}
