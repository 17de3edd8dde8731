import type { OrganizationProfile } from './organization';
import type { Policy } from './keys';
import { readExtraAdvisories } from './extra-advisories';
import { BUNDLED_REFS } from '../advisories/bundled-refs';
import { selectInForce, withFeed } from '../advisories/selection';
import type { AdvisoryRef } from '../advisories/types';

// Apart from in-force.ts, which reads the CSAF documents: importing those would put every advisory's text in the background.

/**
 * The same advisories as refs, from the generated bundle index (bundled-refs.ts) rather than the CSAF documents: what
 * the background needs to name advisories in fleet reports, without carrying the advisories' texts.
 */
export function advisoryRefsInForce(baseOrg: OrganizationProfile, policy: Policy, feed: readonly AdvisoryRef[] = []): AdvisoryRef[] {
  const { advisories } = readExtraAdvisories(policy.ExtraAdvisories);
  const ids = [...baseOrg.advisoryIds, ...advisories.map((a) => a.id)];
  return withFeed(selectInForce<AdvisoryRef>(BUNDLED_REFS, ids, advisories), feed);
}
