import { cutText } from '../text/cut-text';
import { t } from '../text/i18n';
import { DEFAULT_TARGETS, parseTarget } from '../probe/targets';

/** What the user can change on the options page. */
export interface Settings {
  /** Canonical target URLs (see targets.ts), in the order the user added them. */
  targets: string[];
  /** Hours between scheduled checks. */
  scanIntervalHours: number;
  /** Notify when a check finds a server newly infected or exposed. */
  notifications: boolean;
}

export const DEFAULT_INTERVAL_HOURS = 6;
export const MIN_INTERVAL_HOURS = 1;
/** A week: longer and a fixed server could go unnoticed as "exposed" for too long. */
export const MAX_INTERVAL_HOURS = 168;
/** Enough for a developer's handful of local servers; more is a scan of something else. */
export const MAX_TARGETS = 50;
/** Stored entries read at most: a few times what the options page can save. */
const MAX_TARGETS_READ = 200;
/** Skipped addresses named one by one; the rest are counted. */
const MAX_PROBLEMS_SHOWN = 3;

function shownValue(value: unknown): string {
  try {
    return cutText(JSON.stringify(value) ?? String(value), 60);
  } catch {
    return typeof value;
  }
}

export const DEFAULT_SETTINGS: Settings = {
  targets: [...DEFAULT_TARGETS],
  scanIntervalHours: DEFAULT_INTERVAL_HOURS,
  notifications: true,
};

export type IntervalParse = { ok: true; hours: number } | { ok: false; error: string };

export function parseInterval(input: string | number): IntervalParse {
  const text = String(input).trim();
  const hours = Number(text);
  if (text === '' || !/^\d+$/.test(text) || !Number.isSafeInteger(hours) || hours < MIN_INTERVAL_HOURS || hours > MAX_INTERVAL_HOURS) {
    return {
      ok: false,
      error:
        text === ''
          ? t('set_interval_range', MIN_INTERVAL_HOURS, MAX_INTERVAL_HOURS)
          : t('set_interval_range_got', MIN_INTERVAL_HOURS, MAX_INTERVAL_HOURS, text.slice(0, 20)),
    };
  }
  return { ok: true, hours };
}

export interface SettingsCheck {
  settings: Settings;
  /** One plain sentence for each stored value that could not be used. */
  problems: string[];
}

/**
 * Reads stored settings defensively: storage can be corrupted or written by an
 * older version. Bad parts fall back to defaults and are reported; good parts
 * are kept, so nothing the user saved is lost to one bad value.
 */
export function checkSettings(raw: unknown): SettingsCheck {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: structuredClone(DEFAULT_SETTINGS), problems: [t('set_unreadable')] };
  }
  const record = raw as Record<string, unknown>;

  let targets = [...DEFAULT_TARGETS];
  if (Array.isArray(record.targets)) {
    const kept = new Set<string>();
    const skipped: string[] = [];
    // Only as many entries as a person could have saved are read: 20,000 junk entries cost no more than a few.
    const readable = record.targets.slice(0, MAX_TARGETS_READ);
    for (const value of readable) {
      const parsed = typeof value === 'string' ? parseTarget(value) : undefined;
      if (parsed?.ok) kept.add(parsed.target);
      else skipped.push(t('set_address_skipped', parsed ? parsed.error : t('set_not_text', shownValue(value))));
    }
    const unread = record.targets.length - readable.length;
    problems.push(...skipped.slice(0, MAX_PROBLEMS_SHOWN));
    if (skipped.length > MAX_PROBLEMS_SHOWN || unread > 0)
      problems.push(t('set_more_skipped', skipped.length - Math.min(skipped.length, MAX_PROBLEMS_SHOWN) + unread));
    if (kept.size > MAX_TARGETS) problems.push(t('set_first_only', MAX_TARGETS));
    if (kept.size > 0) targets = [...kept].slice(0, MAX_TARGETS);
    else problems.push(t('set_no_usable'));
  } else if (record.targets !== undefined) {
    problems.push(t('set_targets_unreadable'));
  }

  let scanIntervalHours = DEFAULT_INTERVAL_HOURS;
  if (record.scanIntervalHours !== undefined) {
    const parsed = typeof record.scanIntervalHours === 'number' ? parseInterval(record.scanIntervalHours) : undefined;
    if (parsed?.ok) scanIntervalHours = parsed.hours;
    else problems.push(t('set_schedule_unreadable', DEFAULT_INTERVAL_HOURS));
  }
  let notifications = DEFAULT_SETTINGS.notifications;
  if (record.notifications !== undefined) {
    if (typeof record.notifications === 'boolean') notifications = record.notifications;
    else problems.push(t('set_notify_unreadable'));
  }
  return { settings: { targets, scanIntervalHours, notifications }, problems };
}

export type TargetListEdit = { ok: true; targets: string[] } | { ok: false; error: string };

/** Adds a typed address to the list, or says exactly why not. */
export function addTarget(targets: readonly string[], input: string): TargetListEdit {
  const parsed = parseTarget(input);
  if (!parsed.ok) return parsed;
  if (targets.includes(parsed.target)) return { ok: false, error: t('set_duplicate', parsed.target) };
  if (targets.length >= MAX_TARGETS) return { ok: false, error: t('set_full', MAX_TARGETS) };
  return { ok: true, targets: [...targets, parsed.target] };
}

export function removeTarget(targets: readonly string[], target: string): TargetListEdit {
  if (!targets.includes(target)) return { ok: false, error: t('set_not_in_list', target) };
  if (targets.length === 1) return { ok: false, error: t('set_keep_one') };
  return { ok: true, targets: targets.filter((t) => t !== target) };
}
