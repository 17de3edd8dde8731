import type { OrganizationProfile } from './organization';
import type { Policy } from './keys';
import { readExtraAdvisories } from './extra-advisories';
import { catalogFor } from '../advisories/catalog';
import { withFeed } from '../advisories/selection';
import type { Advisory } from '../advisories/types';

/** The organization with IT's own advisories, and the catalog in force: what the popup shows and fleet reports name. */
export function advisoriesInForce(
  baseOrg: OrganizationProfile,
  policy: Policy,
  feed: readonly Advisory[] = [],
): { org: OrganizationProfile; catalog: Advisory[] } {
  const { advisories } = readExtraAdvisories(policy.ExtraAdvisories);
  const org = { ...baseOrg, advisoryIds: [...baseOrg.advisoryIds, ...advisories.map((a) => a.id), ...feed.map((a) => a.id)] };
  return { org, catalog: withFeed(catalogFor(org.advisoryIds, advisories), feed) };
}
