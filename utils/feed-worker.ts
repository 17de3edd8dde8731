/// <reference lib="webworker" />
// The advisory feed check, in a dedicated worker of the verifier page: fetch, hash, OpenPGP and the CSAF reader.
import { BUNDLED_ADVISORIES } from '../core/advisories/catalog';
import { checkFeed } from '../core/feed/check';
import { digestHex, readPublicKey, verifyDetached } from '../core/feed/openpgp';
import { getCapped } from './feed-fetch';
import type { FeedVerifyInput } from './feed-protocol';

self.onmessage = (e: MessageEvent<FeedVerifyInput>) => {
  const { feedUrl, pins, revoked, held } = e.data;
  checkFeed(
    { feedUrl, pins, revoked, held, baseline: BUNDLED_ADVISORIES },
    { get: getCapped, digest: digestHex, readKey: readPublicKey, verify: verifyDetached, now: Date.now },
  ).then(
    (cache) => self.postMessage(cache),
    (err: unknown) => self.postMessage({ error: err instanceof Error ? `${err.name}: ${err.message}` : 'check failed' }),
  );
};
