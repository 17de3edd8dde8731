/** The seed organization's own advisories: they apply only while that organization is the one in force. */
const SEED_ORGANIZATION_ADVISORIES = new Set(['BU-2001.09', 'BU-2001.07']);

/**
 * IT's signed feed on top: a feed document replaces the bundled or policy one with the same id (the feed check has
 * already refused any that is older than the bundled copy), and the rest join.
 */
export function withFeed<A extends { id: string }>(inForce: readonly A[], feed: readonly A[]): A[] {
  const byId = new Map(feed.map((a) => [a.id, a]));
  const ids = new Set(inForce.map((a) => a.id));
  return [...inForce.map((a) => byId.get(a.id) ?? a), ...feed.filter((a) => !ids.has(a.id))];
}

/** The advisories in force from a bundle (full or as refs): the bundle, the organization's own, and any IT added by policy. */
export function selectInForce<A extends { id: string }>(
  bundle: readonly A[],
  organizationAdvisoryIds: readonly string[],
  extra: readonly A[],
): A[] {
  const bundled = bundle.filter((a) => !SEED_ORGANIZATION_ADVISORIES.has(a.id) || organizationAdvisoryIds.includes(a.id));
  const ids = new Set(bundled.map((a) => a.id));
  return [...bundled, ...extra.filter((a) => !ids.has(a.id))];
}
