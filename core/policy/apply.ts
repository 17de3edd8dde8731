import { GENERIC_ORGANIZATION, SEED_ORGANIZATION, type OrganizationProfile } from '../organization';
import type { Settings } from '../settings';
import { DEFAULT_TARGETS } from '../targets';
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

const ORGANIZATION_KEYS = [
  'OrganizationName',
  'HelpDeskName',
  'HelpDeskPhone',
  'HelpDeskEmail',
  'HelpDeskUrl',
  'SecurityTeamName',
  'SecurityTeamEmail',
] as const;

/**
 * The organization profile: the seed's (Boston University) unless policy sets
 * any organization key, in which case the policy's, with generic words for
 * what it leaves out. Anti-virus and patch links add to whichever applies.
 */
export function organizationFrom(policy: Policy): OrganizationProfile {
  const custom = ORGANIZATION_KEYS.some((k) => policy[k] !== undefined);
  const base = custom ? GENERIC_ORGANIZATION : SEED_ORGANIZATION;
  const org: OrganizationProfile = custom
    ? {
        name: policy.OrganizationName ?? GENERIC_ORGANIZATION.name,
        helpDesk: {
          name: policy.HelpDeskName ?? GENERIC_ORGANIZATION.helpDesk.name,
          ...(policy.HelpDeskPhone ? { phone: policy.HelpDeskPhone } : {}),
          ...(policy.HelpDeskEmail ? { email: policy.HelpDeskEmail } : {}),
          ...(policy.HelpDeskUrl ? { url: policy.HelpDeskUrl } : {}),
        },
        securityTeam: {
          name: policy.SecurityTeamName ?? GENERIC_ORGANIZATION.securityTeam.name,
          ...(policy.SecurityTeamEmail ? { email: policy.SecurityTeamEmail } : {}),
        },
        advisoryIds: [],
      }
    : { ...base };
  if (policy.AntivirusName || policy.AntivirusUrl) {
    org.antivirus = {
      name: policy.AntivirusName ?? 'your organization\u2019s anti-virus',
      ...(policy.AntivirusUrl ? { url: policy.AntivirusUrl } : {}),
      ...(policy.AntivirusNote ? { note: policy.AntivirusNote } : {}),
    };
  }
  if (policy.PatchPortalUrl) org.patchPortalUrl = policy.PatchPortalUrl;
  return org;
}
