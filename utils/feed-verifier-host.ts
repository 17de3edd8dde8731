import { browser } from 'wxt/browser';
import { feedVerifyRequest, FEED_VERIFY_TIMEOUT_MS, type FeedVerifyInput } from './feed-protocol';

const VERIFIER = 'feed-verifier.html';

type Offscreen = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
};

/** Runs the check in the verifier page: Chrome's offscreen document, or in Firefox an iframe of the background page. */
export async function verifyInPage(input: FeedVerifyInput): Promise<unknown> {
  const offscreen = (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;
  if (offscreen) {
    if (!(await offscreen.hasDocument?.())) {
      await offscreen.createDocument({
        url: VERIFIER,
        // The page runs the check in a dedicated worker; Chrome's list of reasons has none closer.
        reasons: ['WORKERS'],
        justification: 'Verifies the OpenPGP signatures of the advisory feed your IT department configured.',
      });
    }
    try {
      return await ask(input);
    } finally {
      await offscreen.closeDocument().catch(() => undefined);
    }
  }
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(`/${VERIFIER}`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    return await ask(input);
  } finally {
    frame.remove();
  }
}

/** Sends the request until the page's listener is there to answer it (it loads just before), within the deadline. */
async function ask(input: FeedVerifyInput): Promise<unknown> {
  const deadline = Date.now() + FEED_VERIFY_TIMEOUT_MS;
  for (;;) {
    try {
      const answer: unknown = await browser.runtime.sendMessage(feedVerifyRequest(input));
      if (answer !== undefined) return answer;
    } catch {
      // "Receiving end does not exist": the page's script has not run yet.
    }
    if (Date.now() > deadline) return { error: '' };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
