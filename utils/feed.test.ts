import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FeedCache } from '../core/feed/cache';
import type { Policy } from '../core/policy/keys';
import { createFeedChecker, FEED_ALARM } from './feed';
import type { FeedVerifyInput } from './feed-protocol';
import { feedCacheItem } from './storage';

const FEED = 'https://csaf.example.edu/.well-known/csaf/provider-metadata.json';
const PIN = '0123456789ABCDEF0123456789ABCDEF01234567';
const HELD: FeedCache = {
  source: FEED,
  documents: [],
  lastSuccessAt: 1_800_000_000_000,
  rejections: [{ file: `${FEED}x`, code: 'older' }],
};

function setup(policy: Policy, answer: unknown) {
  const asked: FeedVerifyInput[] = [];
  const checker = createFeedChecker(
    async () => policy,
    async (input) => {
      asked.push(input);
      return answer;
    },
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
    expect(asked).toEqual([{ feedUrl: FEED, pins: [PIN], held: HELD }]);
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

  it('downloads again on a policy change only when the feed or its pins changed', async () => {
    // The checker reads this same object each time, as the background reads the policy in force.
    const policy: Policy = { AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN] };
    const { checker, asked } = setup(policy, HELD);
    await checker.check();
    await checker.check({ onlyIfFeedChanged: true });
    expect(asked).toHaveLength(1);
    policy.AdvisoryFeedKeys = [PIN, 'F'.repeat(40)];
    await checker.check({ onlyIfFeedChanged: true });
    expect(asked).toHaveLength(2);
    await checker.check();
    expect(asked).toHaveLength(3);
  });

  it('remembers what it checked across a stopped worker: a policy push that wakes a new one downloads nothing', async () => {
    const policy: Policy = { AdvisoryFeedUrl: FEED, AdvisoryFeedKeys: [PIN] };
    const first = setup(policy, HELD);
    await first.checker.check();
    // The service worker stopped; a new one starts with empty memory and the same storage.
    const second = setup({ ...policy, DeviceLabel: 'pushed to the fleet' }, HELD);
    await second.checker.check({ onlyIfFeedChanged: true });
    expect(second.asked).toEqual([]);
    const third = setup({ ...policy, AdvisoryFeedKeys: ['F'.repeat(40)] }, HELD);
    await third.checker.check({ onlyIfFeedChanged: true });
    expect(third.asked).toHaveLength(1);
  });
});
