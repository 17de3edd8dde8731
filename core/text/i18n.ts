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
  /** 'rtl' when the catalogue in use is written right to left (its text_direction message). */
  direction?: () => string | undefined;
}

let installed: MessageSource | undefined;
let direction: 'ltr' | 'rtl' | undefined;

export function setMessageSource(source: MessageSource | undefined): void {
  installed = source;
  direction = undefined;
}

// First strong isolate … pop directional isolate: what is filled in keeps its own direction inside the sentence.
const FSI = '\u2068';
const PDI = '\u2069';

export const t: Translate = (key, ...substitutions) => {
  // In right-to-left text an address, a header or a file name filled in is isolated, so the sentence's direction
  // cannot reorder it (http://127.0.0.1:8080/ stays as written, and a trailing period stays at the sentence's end).
  const rtl = uiDirection() === 'rtl';
  const subs = substitutions.map((s) => (rtl ? `${FSI}${String(s)}${PDI}` : String(s)));
  const text = installed?.message(key, subs) ?? '';
  // A missing message shows its key, never an empty space: the locale test keeps that from shipping.
  return text || key;
};

/** The direction the UI language is written in; pages set it on <html> before they render. */
export function uiDirection(): 'ltr' | 'rtl' {
  if (direction === undefined) {
    try {
      direction = installed?.direction?.() === 'rtl' ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
  }
  return direction;
}

/** The UI language, for dates and numbers; undefined lets Intl use its default. */
export function uiLocale(): string | undefined {
  try {
    return installed?.locale?.();
  } catch {
    return undefined;
  }
}
