import type { Settings } from './settings';
import { DEFAULT_TARGETS } from '../probe/targets';
import type { Policy } from './keys';

/** Settings the options page shows, and which of them IT has decided. */
export type SettingName = 'targets' | 'scanIntervalHours' | 'notifications';

export interface EffectiveSettings {
  settings: Settings;
  /** Settings IT set or locked: shown as "Set by your IT department" and not editable. */
  managed: Set<SettingName>;
  /** Servers IT listed beyond this computer. */
  itTargets: string[];
}

/** Managed values win over the user's. */
export function effectiveSettings(user: Settings, policy: Policy): EffectiveSettings {
  const managed = new Set<SettingName>();
  const itTargets = policy.ExtraTargets ?? [];
  const own = policy.LockTargets ? [...DEFAULT_TARGETS] : user.targets;
  if (policy.LockTargets) managed.add('targets');
  const targets = [...own, ...itTargets.filter((t) => !own.includes(t))];

  let scanIntervalHours = user.scanIntervalHours;
  if (policy.ScanIntervalHours !== undefined) {
    scanIntervalHours = policy.ScanIntervalHours;
    managed.add('scanIntervalHours');
  } else if (policy.LockSettings) managed.add('scanIntervalHours');

  let notifications = user.notifications;
  if (policy.NotificationsEnabled !== undefined) {
    notifications = policy.NotificationsEnabled;
    managed.add('notifications');
  } else if (policy.LockSettings) managed.add('notifications');

  return { settings: { targets, scanIntervalHours, notifications }, managed, itTargets };
}
