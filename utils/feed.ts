import { browser } from 'wxt/browser';
import { cacheFor, readFeedCache, type FeedCache } from '../core/feed/cache';
import { withoutRevoked } from '../core/feed/revoked';
import { feedCheckAfterChange } from '../core/feed/schedule';
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
export function createFeedChecker(
  policy: () => Promise<Policy>,
  verify: (input: FeedVerifyInput) => Promise<unknown> = verifyInPage,
  random: () => number = Math.random,
) {
  const serial = createSerialQueue();

  /** No feed: nothing held from one stays in force, and nothing is fetched. */
  async function clear(): Promise<void> {
    await feedCacheItem.removeValue();
    await feedCheckedItem.removeValue();
    await browser.alarms.clear(FEED_ALARM);
  }

  async function download(p: Policy & { AdvisoryFeedUrl: string }): Promise<void> {
    const held = readFeedCache(await feedCacheItem.getValue());
    const answer = await verify({
      feedUrl: p.AdvisoryFeedUrl,
      pins: p.AdvisoryFeedKeys ?? [],
      revoked: p.AdvisoryFeedRevokedKeys ?? [],
      held,
    });
    await feedCacheItem.setValue(readFeedCache(answer) ?? failedCheck(held, p.AdvisoryFeedUrl, answer));
  }

  return {
    /** Downloads now: at browser start, on the alarm, and on the settings page's "Check now". */
    check(): Promise<void> {
      return serial(async () => {
        const p = await policy();
        if (!hasFeed(p)) return clear();
        await keepPeriod(policyValue(p, 'AdvisoryFeedCheckHours') * 60);
        await download(p);
      });
    },

    /**
     * A policy change, or an installation (`always`). Only when the feed, its pins or its revoked keys changed: IT
     * pushing an unrelated setting to 20,000 browsers must not send them all to the provider. A revoked key's documents
     * leave at once; the download waits a random part of LoadSpreadMinutes (core/feed/schedule.ts), by an alarm that
     * then repeats, so the fleet's checks stay spread.
     */
    afterPolicyChange({ always = false }: { always?: boolean } = {}): Promise<void> {
      return serial(async () => {
        const p = await policy();
        if (!hasFeed(p)) return clear();
        // Kept in storage: a push that wakes a stopped worker and leaves the feed alone must not download it again.
        const key = JSON.stringify([p.AdvisoryFeedUrl, p.AdvisoryFeedKeys ?? [], p.AdvisoryFeedRevokedKeys ?? []]);
        if (!always && key === readStoredKey(await feedCheckedItem.getValue())) return;
        await feedCheckedItem.setValue(key);
        const held = cacheFor(readFeedCache(await feedCacheItem.getValue()), p.AdvisoryFeedUrl);
        if (held) await feedCacheItem.setValue(withoutRevoked(held, p.AdvisoryFeedRevokedKeys ?? []));
        const when = feedCheckAfterChange(p, random());
        if (when.kind === 'later') {
          await browser.alarms.create(FEED_ALARM, { delayInMinutes: when.delayMinutes, periodInMinutes: when.periodMinutes });
          return;
        }
        await keepPeriod(when.periodMinutes);
        await download(p);
      });
    },
  };
}

/** The repeating check, made again only when IT changed its period (making it again would move its next run). */
async function keepPeriod(periodInMinutes: number): Promise<void> {
  if ((await browser.alarms.get(FEED_ALARM))?.periodInMinutes !== periodInMinutes) {
    await browser.alarms.create(FEED_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
  }
}

const hasFeed = (p: Policy): p is Policy & { AdvisoryFeedUrl: string } => Boolean(p.AdvisoryFeedUrl);

/** The check did not finish (the page or worker failed, or timed out): what was held stays, with the reason. */
function failedCheck(held: FeedCache | undefined, feedUrl: string, answer: unknown): FeedCache {
  const error = typeof answer === 'object' && answer !== null && typeof (answer as { error?: unknown }).error === 'string';
  const detail = error ? String((answer as { error: string }).error).slice(0, 200) : '';
  const keep = cacheFor(held, feedUrl) ?? { source: feedUrl, documents: [], rejections: [] };
  return { ...keep, lastAttemptAt: Date.now(), lastError: { code: 'timeout', detail } };
}
