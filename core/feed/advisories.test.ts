import { describe, expect, it } from 'vitest';
import { advisoryDoc } from '../../tests/fixtures/feed/gpg-provider';
import { toRef } from '../advisories/catalog';
import { advisoryFromCsaf } from '../advisories/from-csaf';
import { advisoriesInForce } from '../policy/advisories-in-force';
import { advisoryRefsInForce } from '../policy/refs-in-force';
import { SEED_ORGANIZATION } from '../policy/organization';
import { feedAdvisories } from './advisories';
import { feedRefs, isStale, readFeedCache, type FeedCache, type HeldDocument } from './cache';

const FEED = 'https://csaf.example.edu/.well-known/csaf/provider-metadata.json';

function held(csaf: ReturnType<typeof advisoryDoc>, file: string): HeldDocument {
  const a = advisoryFromCsaf(csaf, file, 'feed');
  return {
    file: `https://csaf.example.edu/.well-known/csaf/white/2026/${file}`,
    trackingId: a.id,
    version: a.version ?? '1',
    currentReleaseDate: a.currentReleaseDate,
    sha512: 'ab',
    signer: 'F'.repeat(40),
    verifiedAt: 1_800_000_000_000,
    csaf,
    ref: toRef(a),
  };
}

const cache: FeedCache = {
  source: FEED,
  documents: [
    held(advisoryDoc('EXU-2026-001', '2', '2026-11-25T00:00:00.000Z'), 'exu-2026-001.json'),
    held(advisoryDoc('MS01-033', '2', '2026-11-25T00:00:00.000Z', 'MS01-033, as Example University reissued it'), 'ms01-033.json'),
  ],
  lastSuccessAt: 1_800_000_000_000,
  rejections: [],
};

describe('feed advisories in the catalog', () => {
  it('join the catalog marked as from the feed, with version and signer, and replace an older bundled one', () => {
    const { catalog } = advisoriesInForce(SEED_ORGANIZATION, { AdvisoryFeedUrl: FEED }, feedAdvisories(readFeedCache(cache), FEED));
    const exu = catalog.find((a) => a.id === 'EXU-2026-001');
    expect(exu).toMatchObject({ origin: 'feed', version: '2', verified: { signer: 'F'.repeat(40) } });
    const ms = catalog.filter((a) => a.id === 'MS01-033');
    expect(ms).toHaveLength(1);
    expect(ms[0]?.title).toBe('MS01-033, as Example University reissued it');
  });

  it('reach the background as refs, the same way', () => {
    const refs = advisoryRefsInForce(SEED_ORGANIZATION, {}, feedRefs(readFeedCache(cache), FEED));
    expect(refs.filter((a) => a.id === 'MS01-033').map((a) => a.title)).toEqual(['MS01-033, as Example University reissued it']);
    expect(refs.some((a) => a.id === 'EXU-2026-001')).toBe(true);
  });

  it('are none for another feed URL than the one in policy now, or a document that no longer reads', () => {
    expect(feedAdvisories(cache, 'https://other.example/provider-metadata.json')).toEqual([]);
    expect(feedRefs(cache, undefined)).toEqual([]);
    const broken = { ...cache, documents: [{ ...cache.documents[0], csaf: { document: 1 } } as HeldDocument] };
    expect(feedAdvisories(broken, FEED)).toEqual([]);
  });

  it('count as stale after the stale period, or when never checked', () => {
    expect(isStale(cache, 1_800_000_000_000 + 6 * 86_400_000, 7)).toBe(false);
    expect(isStale(cache, 1_800_000_000_000 + 8 * 86_400_000, 7)).toBe(true);
    expect(isStale({ ...cache, lastSuccessAt: undefined } as unknown as FeedCache, 0, 7)).toBe(true);
  });
});
