// The advisory feed's verifier page: an offscreen document in Chrome, an iframe of the background page in Firefox.
// It exists because Chrome's service worker cannot load code on demand, and OpenPGP.js is too big to load on every
// wake (docs/INTERNALS.md, "The advisory feed"). The check itself runs in a dedicated worker, off this page's thread.
// The browser's own runtime API, not the polyfill: an offscreen document has only `runtime`, and this page needs one listener.
import { readFeedVerifyRequest, FEED_VERIFY_TIMEOUT_MS } from '../../utils/feed-protocol';
import FeedWorker from '../../utils/feed-worker?worker';

type Listener = (message: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => boolean | undefined;
type Runtime = { id: string; onMessage: { addListener(listener: Listener): void } };
const runtime = ((globalThis as { browser?: { runtime: Runtime } }).browser ?? (globalThis as { chrome?: { runtime: Runtime } }).chrome)
  ?.runtime as Runtime;

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

runtime.onMessage.addListener((message, sender, respond) => {
  if (sender.id !== runtime.id) return undefined;
  const input = readFeedVerifyRequest(message);
  if (!input) return undefined;
  void runInWorker(input).then(respond);
  // Keeps the channel open for the answer (the form both Chrome and Firefox accept).
  return true;
});
