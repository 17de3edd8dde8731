import { advisoryFromCsaf } from '../advisories/from-csaf';
import type { Advisory } from '../advisories/types';
import { cacheFor, type FeedCache } from './cache';
import { fileNameOf } from './filename';

/**
 * The feed's verified documents as advisories for the pages that show them,
 * when the cache is for the feed in policy now. A document that no longer
 * reads (storage is outside data too) is left out, never shown half-read.
 */
export function feedAdvisories(cache: FeedCache | undefined, feedUrl: string | undefined): Advisory[] {
  return (cacheFor(cache, feedUrl)?.documents ?? []).flatMap((d) => {
    try {
      const advisory = advisoryFromCsaf(d.csaf, fileNameOf(d.file), 'feed');
      return advisory.id === d.trackingId ? [{ ...advisory, version: d.version, verified: { signer: d.signer, at: d.verifiedAt } }] : [];
    } catch {
      return [];
    }
  });
}
