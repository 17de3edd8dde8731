import type en from '../../public/_locales/en/messages.json';

/**
 * All user-facing text goes through the browser's i18n (public/_locales).
 * The browser fills in $1…$9 itself. Core modules call `t`; the extension's
 * pages and service worker read chrome.i18n directly, and tests install the
 * English catalogue as the source (tests/setup/i18n.ts).
 */
export type MessageKey = keyof typeof en;

export type MessageSource = (key: string, substitutions: string[]) => string;

let installed: MessageSource | undefined;

export function setMessageSource(source: MessageSource | undefined): void {
  installed = source;
}

interface I18nApi {
  getMessage?: (key: string, substitutions?: string[]) => string;
  getUILanguage?: () => string;
}

function browserI18n(): I18nApi | undefined {
  return (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const api = browserI18n();
  const text = installed ? installed(key, subs) : api?.getMessage ? api.getMessage(key, subs) : '';
  // A missing message shows its key, never an empty space: the locale test keeps that from shipping.
  return text || key;
}

/** The browser's UI language, for dates and numbers; undefined lets Intl use its default. */
export function uiLocale(): string | undefined {
  try {
    return browserI18n()?.getUILanguage?.();
  } catch {
    return undefined;
  }
}
