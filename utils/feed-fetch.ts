import type { Fetched } from '../core/feed/check';

/** Each request to the feed's provider; the whole check has its own, longer limit (FEED_LIMITS.checkMs). */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * A GET to IT's CSAF provider: no credentials, no cookies, no cache, and no
 * redirects (one could lead off the provider's host). The body is read in
 * pieces and dropped past maxBytes, so a hostile answer costs bounded memory.
 */
export async function getCapped(url: string, maxBytes: number): Promise<Fetched> {
  let answer: Response;
  try {
    answer = await fetch(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (e) {
    return { kind: 'failed', reason: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 200) : 'network error' };
  }
  if (answer.status === 404 || answer.status === 410) return { kind: 'missing' };
  if (answer.status !== 200) return { kind: 'failed', reason: `HTTP ${answer.status}` };
  if (Number(answer.headers.get('Content-Length') ?? 0) > maxBytes) {
    await answer.body?.cancel();
    return { kind: 'too-large' };
  }
  const reader = answer.body?.getReader();
  if (!reader) return { kind: 'ok', bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        return { kind: 'too-large' };
      }
      chunks.push(value);
    }
  } catch (e) {
    return { kind: 'failed', reason: e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 200) : 'read error' };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { kind: 'ok', bytes };
}
