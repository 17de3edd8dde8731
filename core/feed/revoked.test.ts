import { describe, expect, it } from 'vitest';
import { MAX_REJECTIONS, type FeedCache, type HeldDocument } from './cache';
import { pinsInForce, withoutRevoked } from './revoked';

const A = 'A'.repeat(40);
const B = 'B'.repeat(40);
const held = (id: string, signer: string): HeldDocument => ({
  file: `https://csaf.example.edu/.well-known/csaf/white/2026/${id}.json`,
  trackingId: id,
  version: '999',
  currentReleaseDate: '2026-11-20T00:00:00.000Z',
  sha512: 'a'.repeat(128),
  signer,
  verifiedAt: 1,
  csaf: {},
  ref: { id, title: id, cves: [], affected: [], references: [] },
});
const cache: FeedCache = { source: 'https://csaf.example.edu/', documents: [held('x-1', A), held('x-2', B)], rejections: [] };

describe('keys IT revoked', () => {
  it('take out what they signed, each named, and leave no version floor behind', () => {
    const after = withoutRevoked(cache, [A]);
    expect(after.documents.map((d) => d.trackingId)).toEqual(['x-2']);
    expect(after.rejections).toEqual([{ file: held('x-1', A).file, code: 'key-withdrawn', detail: `x-1, key …${A.slice(-16)}` }]);
    expect(after.evicted).toBeUndefined();
  });

  it('leave the cache as it was when nothing they signed is held', () => {
    expect(withoutRevoked(cache, [])).toBe(cache);
    expect(withoutRevoked(cache, ['C'.repeat(40)])).toBe(cache);
  });

  it('keep the rejections within the cache’s limit', () => {
    const many = { ...cache, rejections: Array.from({ length: MAX_REJECTIONS }, (_, i) => ({ file: `f${i}`, code: 'older' as const })) };
    expect(withoutRevoked(many, [A, B]).rejections).toHaveLength(MAX_REJECTIONS);
  });

  it('win over a pin', () => {
    expect(pinsInForce([A, B], [A])).toEqual([B]);
  });
});
