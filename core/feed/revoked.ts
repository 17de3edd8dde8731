import { MAX_REJECTIONS, type FeedCache } from './cache';

/**
 * Keys IT withdrew (policy AdvisoryFeedRevokedKeys). A provider can serve a copy of its key without the revocation, so
 * the browser cannot learn of it from the feed: IT says so in policy, and policy wins over a pin.
 *
 * What a revoked key signed leaves the cache at once, at the policy change and before any download, and its version is
 * not kept as a floor: a compromised key could have signed a version 999 to block the real updates that follow.
 */
export function withoutRevoked(cache: FeedCache, revoked: readonly string[]): FeedCache {
  if (revoked.length === 0) return cache;
  const gone = cache.documents.filter((d) => revoked.includes(d.signer));
  if (gone.length === 0) return cache;
  return {
    ...cache,
    documents: cache.documents.filter((d) => !revoked.includes(d.signer)),
    rejections: [
      ...gone.map((d) => ({ file: d.file, code: 'key-withdrawn' as const, detail: `${d.trackingId}, key …${d.signer.slice(-16)}` })),
      ...cache.rejections,
    ].slice(0, MAX_REJECTIONS),
  };
}

/** The pins in force: a fingerprint that is both pinned and revoked is revoked. */
export function pinsInForce(pins: readonly string[], revoked: readonly string[]): string[] {
  return pins.filter((p) => !revoked.includes(p));
}
