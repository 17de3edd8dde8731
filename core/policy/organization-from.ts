import { t } from '../text/i18n';
import { GENERIC_ORGANIZATION, SEED_ORGANIZATION, type OrganizationProfile } from './organization';
import type { Policy } from './keys';

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
      name: policy.AntivirusName ?? t('av_generic_name'),
      ...(policy.AntivirusUrl ? { url: policy.AntivirusUrl } : {}),
      ...(policy.AntivirusNote ? { note: policy.AntivirusNote } : {}),
    };
  }
  if (policy.PatchPortalUrl) org.patchPortalUrl = policy.PatchPortalUrl;
  return org;
}
