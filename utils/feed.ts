import { browser } from 'wxt/browser';
import { cacheFor, readFeedCache, type FeedCache } from '../core/feed/cache';
import { policyValue, type Policy } from '../core/policy/keys';
import { createSerialQueue } from '../core/storage/serial-queue';
import { verifyInPage } from './feed-verifier-host';
import type { FeedVerifyInput } from './feed-protocol';
import { feedCacheItem, feedCheckedItem, readStoredKey } from './storage';

export const FEED_ALARM = 'feed-check';

/**
 * The background's side of IT's advisory feed: when to check, where the
 * check runs, and storing what it verified. The check (fetch, hashes,
 * OpenPGP, CSAF) runs in the verifier page, so the service worker never
 * loads OpenPGP.js. Nothing is fetched unless IT's policy names a feed.
 */
export function createFeedChecker(policy: () => Promise<Policy>, verify: (input: FeedVerifyInput) => Promise<unknown> = verifyInPage) {
  const serial = createSerialQueue();
  return {
    /**
     * On start, install, the alarm, the settings page's "Check now", and a policy change. For a policy change
     * (`onlyIfFeedChanged`) it downloads only when the feed or its pins changed: IT pushing an unrelated setting to
     * 20,000 browsers must not send them all to the provider at once.
     */
    check({ onlyIfFeedChanged = false }: { onlyIfFeedChanged?: boolean } = {}): Promise<void> {
      return serial(async () => {
        const p = await policy();
        if (!p.AdvisoryFeedUrl) {
          // No feed: nothing held from one stays in force, and nothing is fetched.
          await feedCacheItem.removeValue();
          await browser.alarms.clear(FEED_ALARM);
          return;
        }
        const periodInMinutes = policyValue(p, 'AdvisoryFeedCheckHours') * 60;
        if ((await browser.alarms.get(FEED_ALARM))?.periodInMinutes !== periodInMinutes) {
          await browser.alarms.create(FEED_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
        }
        // The feed and pins last checked, kept in storage: a policy push that wakes a stopped worker and leaves them alone
        // must not download the feed again (the worker's memory is gone by then).
        const key = JSON.stringify([p.AdvisoryFeedUrl, p.AdvisoryFeedKeys ?? []]);
        if (onlyIfFeedChanged && key === readStoredKey(await feedCheckedItem.getValue())) return;
        await feedCheckedItem.setValue(key);
        const held = readFeedCache(await feedCacheItem.getValue());
        const answer = await verify({ feedUrl: p.AdvisoryFeedUrl, pins: p.AdvisoryFeedKeys ?? [], held });
        await feedCacheItem.setValue(readFeedCache(answer) ?? failedCheck(held, p.AdvisoryFeedUrl, answer));
      });
    },
  };
}

/** The check did not finish (the page or worker failed, or timed out): what was held stays, with the reason. */
function failedCheck(held: FeedCache | undefined, feedUrl: string, answer: unknown): FeedCache {
  const error = typeof answer === 'object' && answer !== null && typeof (answer as { error?: unknown }).error === 'string';
  const detail = error ? String((answer as { error: string }).error).slice(0, 200) : '';
  const keep = cacheFor(held, feedUrl) ?? { source: feedUrl, documents: [], rejections: [] };
  return { ...keep, lastAttemptAt: Date.now(), lastError: { code: 'timeout', detail } };
}
