/**
 * Times read from storage or policy are numbers of milliseconds, and a number
 * of the right type can still be one `Date` cannot hold: `toISOString` and
 * `Intl.DateTimeFormat` throw on it, and a render that throws blanks the view.
 * Every reader checks times with this, not just `typeof`.
 */

/** Date's own limit: ±100,000,000 days around 1970. */
const MAX_DATE_MS = 8.64e15;

/** Any time Date can hold, before 1970 too (a parsed advisory date, say). */
export function inDateRange(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_DATE_MS;
}

/** A time this extension could have written: not before 1970, within Date's range. */
export function isTimeValue(value: unknown): value is number {
  return inDateRange(value) && value >= 0;
}

/** An ISO string for any number, '?' for one Date cannot show. */
export function isoTime(time: number): string {
  return isTimeValue(time) ? new Date(time).toISOString() : '?';
}
