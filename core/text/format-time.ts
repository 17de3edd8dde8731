import { t, uiLocale } from './i18n';
import { inDateRange, isTimeValue } from './time-value';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "just now", "5 minutes ago", "yesterday": for "when it was checked", in the browser's language. */
export function formatAgo(then: number, now: number, locale = uiLocale()): string {
  if (!isTimeValue(then) || !Number.isFinite(now)) return '?';
  const diff = now - then;
  if (diff < 60_000) return t('time_just_now');
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (diff >= ms) return format.format(-Math.floor(diff / ms), unit);
  }
  return t('time_just_now');
}

// Intl throws RangeError on a time Date cannot hold; readers keep such times out, and this keeps a render from ever throwing on one.
export function formatDateTime(time: number, locale = uiLocale()): string {
  if (!isTimeValue(time)) return '?';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(time);
}

export function formatDate(time: number, locale = uiLocale()): string {
  if (!inDateRange(time)) return '?';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}
