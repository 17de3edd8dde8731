import type en from '../../public/_locales/en/messages.json';

/**
 * All user-facing text goes through public/_locales. Core never reads a
 * browser global: each page and the service worker install the browser's
 * i18n as the message source at start (utils/browser-messages.ts), and tests
 * install a catalogue (tests/setup/i18n.ts). Functions that render stored
 * codes take a `Translate` as a parameter, so a test can render any language.
 */
export type MessageKey = keyof typeof en;

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export interface MessageSource {
  /** The message with $1…$9 filled in, or '' when there is none. */
  message: (key: string, substitutions: string[]) => string;
  /** The UI language, for dates and numbers. */
  locale?: () => string | undefined;
}

let installed: MessageSource | undefined;

export function setMessageSource(source: MessageSource | undefined): void {
  installed = source;
}

export const t: Translate = (key, ...substitutions) => {
  const text = installed?.message(key, substitutions.map(String)) ?? '';
  // A missing message shows its key, never an empty space: the locale test keeps that from shipping.
  return text || key;
};

/** The UI language, for dates and numbers; undefined lets Intl use its default. */
export function uiLocale(): string | undefined {
  try {
    return installed?.locale?.();
  } catch {
    return undefined;
  }
}
