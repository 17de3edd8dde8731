import { readFileSync } from 'node:fs';
import { setMessageSource } from '../../core/text/i18n';

/** Emulates chrome.i18n.getMessage for one locale: the message with $1…$9 filled in, and $$ as a dollar sign. */
export function catalogueSource(locale: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return {
    message: (key: string, subs: string[]) =>
      (messages[key]?.message ?? '').replace(/\$([$1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? ''))),
    locale: () => locale,
  };
}

setMessageSource(catalogueSource('en'));
