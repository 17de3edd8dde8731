// The advisory feed's verifier page: an offscreen document in Chrome, an iframe of the background page in Firefox.
// It exists because Chrome's service worker cannot load code on demand, and OpenPGP.js is too big to load on every
// wake (docs/INTERNALS.md, "The advisory feed"). The check itself runs in a dedicated worker, off this page's thread.
import { browser } from 'wxt/browser';
import { readFeedVerifyRequest, FEED_VERIFY_TIMEOUT_MS } from '../../utils/feed-protocol';
import FeedWorker from '../../utils/feed-worker?worker';

function runInWorker(input: unknown): Promise<unknown> {
  const worker = new FeedWorker();
  return new Promise<unknown>((resolve) => {
    const done = (value: unknown) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(() => done({ error: 'timeout' }), FEED_VERIFY_TIMEOUT_MS);
    worker.onmessage = (e: MessageEvent) => done(e.data);
    worker.onerror = (e) => done({ error: e.message || 'worker failed' });
    worker.postMessage(input);
  });
}

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const input = readFeedVerifyRequest(message);
  return input ? runInWorker(input) : undefined;
});
