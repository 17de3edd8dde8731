import { readFileSync } from 'node:fs';

/**
 * Emulates chrome.i18n.getMessage for one locale, from public/_locales: the message with $1…$9 filled in, and $$ as a
 * dollar sign; and the catalogue's text_direction. The unit tests install it (tests/setup/i18n.ts); so does `npm run feed`, to say why in the extension's words.
 */
export function catalogueSource(locale: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return {
    message: (key: string, subs: string[]) =>
      (messages[key]?.message ?? '').replace(/\$([$1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? ''))),
    locale: () => locale,
    direction: () => messages.text_direction?.message,
  };
}
