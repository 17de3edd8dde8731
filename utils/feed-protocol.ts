import { readFeedCache, type FeedCache } from '../core/feed/cache';
import { FEED_LIMITS } from '../core/feed/limits';

/** The background's request to the verifier page, and its answer. Both ends read what they receive. */
export interface FeedVerifyInput {
  feedUrl: string;
  pins: string[];
  revoked: string[];
  held: FeedCache | undefined;
}

export const FEED_VERIFY_TIMEOUT_MS = FEED_LIMITS.checkMs + 15_000;

export function feedVerifyRequest(input: FeedVerifyInput) {
  return { type: 'feed-verify', input } as const;
}

export function readFeedVerifyRequest(message: unknown): FeedVerifyInput | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, input } = message as { type?: unknown; input?: unknown };
  if (type !== 'feed-verify' || typeof input !== 'object' || input === null) return undefined;
  const { feedUrl, pins, revoked, held } = input as Record<string, unknown>;
  if (typeof feedUrl !== 'string' || !isStrings(pins) || !isStrings(revoked)) return undefined;
  return { feedUrl, pins, revoked, held: readFeedCache(held) };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && Array.from(v as unknown[]).every((p) => typeof p === 'string');
