import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFeedCache, type FeedCache, type HeldDocument } from '../core/feed/cache';
import type { Policy } from '../core/policy/keys';
import { createFeedChecker, FEED_ALARM } from './feed';
import type { FeedVerifyInput } from './feed-protocol';
import { feedCacheItem } from './storage';

const FEED = 'https://csaf.example.edu/.well-known/csaf/provider-metadata.json';
const PIN = '0123456789ABCDEF0123456789ABCDEF01234567';
const HELD_DOC: HeldDocument = {
  file: 'https://csaf.example.edu/.well-known/csaf/white/2026/exu-1.json',
  trackingId: 'EXU-1',
  version: '1',
  currentReleaseDate: '2026-11-20T00:00:00.000Z',
  sha512: 'a'.repeat(128),
  signer: PIN,
  verifiedAt: 1_800_000_000_000,
  csaf: {},
  ref: { id: 'EXU-1', title: 'Example', cves: [], affected: [], references: [] },
};
const HELD: FeedCache = {
  source: FEED,
  documents: [],
  lastSuccessAt: 1_800_000_000_000,
  rejections: [{ file: `${FEED}x`, code: 'older' }],
};

function setup(policy: Policy, answer: unknown, random = 0.5) {
  const asked: FeedVerifyInput[] = [];
  const checker = createFeedChecker(
    async () => policy,
    async (input) => {
      asked.push(input);
      return answer;
    },
    () => random,
  );
  return { checker, asked };
}

beforeEach(() => fakeBrowser.reset());

describe('the background’s feed checker', () => {
  it('with no feed in policy, asks nothing, drops what a feed gave and its alarm', async () => {
    await feedCacheItem.setValue(HELD);
    await fakeBrowser.alarms.create(FEED_ALARM, { periodInMinutes: 60 });
    const { checker, asked } = setup({}, undefined);
    await checker.check();
    expect(asked).toEqual([]);
    expect(await feedCacheItem.getValue()).toBeNull();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeUndefined();
  });

  it('sends the feed, the pins and what is held to the verifier, stores its answer, and sets the alarm from policy', async () => {
    await feedCacheItem.setValue(HELD);
    const answer: FeedCache = { ...HELD, lastSuccessAt: 1_800_000_100_000, rejections: [] };
    const { checker, asked } = setup({ AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN], AdvisoryFeedCheckHours: 12 }, answer);
    await checker.check();
    expect(asked).toEqual([{ feedUrl: FEED, pins: [PIN], revoked: [], held: HELD }]);
    expect(await feedCacheItem.getValue()).toEqual(answer);
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.periodInMinutes).toBe(720);
  });

  it('keeps what it held, with the reason, when the verifier fails or answers nonsense', async () => {
    await feedCacheItem.setValue(HELD);
    for (const answer of [{ error: 'worker failed' }, 'nonsense', undefined]) {
      const { checker } = setup({ AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN] }, answer);
      await checker.check();
      const stored = (await feedCacheItem.getValue()) as FeedCache;
      expect(stored.lastSuccessAt).toBe(HELD.lastSuccessAt);
      expect(stored.rejections).toEqual(HELD.rejections);
      expect(stored.lastError?.code).toBe('timeout');
    }
    expect(((await feedCacheItem.getValue()) as FeedCache).lastError?.detail).toBe('');
  });

  it('downloads again on a policy change only when the feed, its pins or its revoked keys changed', async () => {
    // The checker reads this same object each time, as the background reads the policy in force.
    const policy: Policy = { AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN], LoadSpreadMinutes: 0 };
    const { checker, asked } = setup(policy, HELD);
    await checker.afterPolicyChange();
    await checker.afterPolicyChange();
    expect(asked).toHaveLength(1);
    policy.AdvisoryFeedKeys = [PIN, 'F'.repeat(40)];
    await checker.afterPolicyChange();
    expect(asked).toHaveLength(2);
    policy.AdvisoryFeedRevokedKeys = ['F'.repeat(40)];
    await checker.afterPolicyChange();
    expect(asked).toHaveLength(3);
    await checker.check();
    expect(asked).toHaveLength(4);
  });

  it('remembers what it checked across a stopped worker: a policy push that wakes a new one downloads nothing', async () => {
    const policy: Policy = { AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN], LoadSpreadMinutes: 0 };
    const first = setup(policy, HELD);
    await first.checker.afterPolicyChange();
    // The service worker stopped; a new one starts with empty memory and the same storage.
    const second = setup({ ...policy, DeviceLabel: 'pushed to the fleet' }, HELD);
    await second.checker.afterPolicyChange();
    expect(second.asked).toEqual([]);
    const third = setup({ ...policy, AdvisoryFeedKeys: ['F'.repeat(40)] }, HELD);
    await third.checker.afterPolicyChange();
    expect(third.asked).toHaveLength(1);
  });

  it('spreads the download after a push or an installation: an alarm a random part of LoadSpreadMinutes away, repeating daily (issue 18)', async () => {
    const policy: Policy = { AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN], LoadSpreadMinutes: 40 };
    const { checker, asked } = setup(policy, HELD, 0.25);
    const before = Date.now();
    await checker.afterPolicyChange();
    expect(asked).toEqual([]);
    const alarm = await fakeBrowser.alarms.get(FEED_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    // A quarter of 40 minutes.
    const wait = (alarm?.scheduledTime ?? 0) - before;
    expect(wait).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
    expect(wait).toBeLessThanOrEqual(10 * 60_000 + 1000);
    // An installation spreads too, even with nothing changed; browser start and "Check now" download at once.
    await checker.afterPolicyChange({ always: true });
    expect(asked).toEqual([]);
    await checker.check();
    expect(asked).toHaveLength(1);
  });

  it('a key revoked in policy takes its documents out at once, before any download (issue 18)', async () => {
    const doc = (signer: string, id: string) => ({ ...HELD_DOC, signer, trackingId: id, ref: { ...HELD_DOC.ref, id } });
    await feedCacheItem.setValue({ ...HELD, documents: [doc(PIN, 'EXU-1'), doc('F'.repeat(40), 'EXU-2')] });
    const policy: Policy = { AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN, 'F'.repeat(40)], AdvisoryFeedRevokedKeys: [PIN] };
    const { checker, asked } = setup(policy, HELD);
    await checker.afterPolicyChange();
    expect(asked).toEqual([]);
    const stored = readFeedCache(await feedCacheItem.getValue());
    expect(stored?.documents.map((d) => d.trackingId)).toEqual(['EXU-2']);
    expect(stored?.rejections[0]).toMatchObject({ code: 'key-withdrawn', file: HELD_DOC.file });
  });
});
