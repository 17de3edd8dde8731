/** The seed organization's own advisories: they apply only while that organization is the one in force. */
const SEED_ORGANIZATION_ADVISORIES = new Set(['BU-2001.09', 'BU-2001.07']);

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
