import { classify } from '../verdict/classify';
import { classifyFetchError } from './classify-fetch-error';
import { EVIDENCE_LIMITS, type RequestEvidence, type TargetResult } from '../verdict/evidence';
import { MAX_REASONS } from '../verdict/reasons';
import { cutText } from '../text/cut-text';
import { bodyExcerpt, findSignatures } from '../verdict/signatures';
import { PROBE_METHOD, assertAllowedRequest, probeUrl, type ProbePath } from './probe-policy';

export interface ProbeOptions {
  /** The network edge; tests pass Node's fetch or a recorder. */
  fetch?: typeof globalThis.fetch;
  /** Covers the whole request: connection, headers and body. */
  timeoutMs?: number;
  maxBodyBytes?: number;
  /** Stops the probe early (the scan was cancelled). */
  signal?: AbortSignal;
  now?: () => number;
  /** Whether the browser lets the extension reach this target; nothing is sent when it does not. */
  allowed?: (target: string) => Promise<boolean>;
}

export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

class TimeoutSignal extends Error {
  override name = 'TimeoutError';
}

/** Sends one allowed request and records what came back, even if the body never finishes. */
export async function probeRequest(target: string, path: ProbePath, options: ProbeOptions = {}): Promise<RequestEvidence> {
  const {
    fetch = globalThis.fetch,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    signal,
    now = Date.now,
  } = options;
  const url = probeUrl(target, path);
  assertAllowedRequest(url, PROBE_METHOD);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutSignal(`No complete answer within ${timeoutMs} ms`));
  }, timeoutMs);
  const onOuterAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (signal?.aborted) controller.abort(signal.reason);

  const startedAt = now();
  const evidence: RequestEvidence = { path, url, startedAt, durationMs: 0 };
  try {
    const response = await fetch(url, {
      method: PROBE_METHOD,
      credentials: 'omit',
      redirect: 'manual',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    evidence.status = response.status;
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      evidence.redirected = true;
    }
    // An opaque redirect hides every header; leave `server` unset rather than claim there was none.
    if (response.type !== 'opaqueredirect') evidence.server = response.headers.get('server');
    const body = await readLimited(response, maxBodyBytes);
    keepBody(evidence, body.text);
    if (body.truncated) evidence.bodyTruncated = true;
  } catch (error) {
    // Headers and body text that arrived before a stall stay in `evidence`: they are still evidence.
    const cause = error instanceof PartialBodyError ? error.cause : error;
    if (error instanceof PartialBodyError && error.text !== '') keepBody(evidence, error.text);
    const failure = classifyFetchError(cause, { url, timedOut, aborted: signal?.aborted ?? false });
    evidence.error = failure.kind;
    evidence.errorDetail = failure.detail;
    if (failure.inferred) evidence.errorInferred = true;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onOuterAbort);
    evidence.durationMs = now() - startedAt;
  }
  return evidence;
}

/** Looks for the signatures in all that was read, then keeps only a short excerpt: the verdict needs no more. */
function keepBody(evidence: RequestEvidence, text: string): void {
  evidence.signatures = findSignatures(text);
  evidence.bodySnippet = bodyExcerpt(text);
}

interface LimitedBody {
  text: string;
  truncated: boolean;
}

/** Reads at most `limit` bytes and cancels the rest, so a 20 MB body costs 64 KB. */
async function readLimited(response: Response, limit: number): Promise<LimitedBody> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text: text + decoder.decode(), truncated: false };
      const room = limit - received;
      const chunk = value.byteLength > room ? value.subarray(0, room) : value;
      received += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
      if (received >= limit) {
        await reader.cancel().catch(() => undefined);
        return { text: text + decoder.decode(), truncated: true };
      }
    }
  } catch (error) {
    throw new PartialBodyError(text + decoder.decode(), error);
  }
}

/** A body read that failed part-way; carries what had arrived. */
class PartialBodyError extends Error {
  override name = 'PartialBodyError';
  constructor(
    readonly text: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Probes one target: `GET /`, then `GET /NULL.ida` unless the first got no answer at all. */
export async function probeTarget(target: string, options: ProbeOptions = {}): Promise<TargetResult> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  if (options.allowed) {
    // A browser that rejects the host pattern blocks this target only, never the whole scan.
    const access = await options.allowed(target).then(
      (ok) => ({ ok, detail: undefined }),
      (e: unknown) => ({ ok: false, detail: e instanceof Error ? e.message : String(e) }),
    );
    if (!access.ok) {
      const blocked: RequestEvidence = { path: '/', url: probeUrl(target, '/'), error: 'blocked', startedAt, durationMs: 0 };
      if (access.detail) blocked.errorDetail = access.detail;
      return resultOf(target, [blocked], startedAt, now);
    }
  }
  const root = await probeRequest(target, '/', options);
  const requests = [root];
  if (root.status !== undefined && root.error !== 'aborted') {
    requests.push(await probeRequest(target, '/NULL.ida', options));
  }
  return resultOf(target, requests, startedAt, now);
}

function resultOf(target: string, requests: RequestEvidence[], startedAt: number, now: () => number): TargetResult {
  // Judged on everything that came back, then cut to what lastScan keeps, so the finding in memory (attestations,
  // reconcile, fleet events) is the very one stored and read back.
  const verdict = classify(requests);
  return fitEvidence({
    target,
    verdict: verdict.verdict,
    rule: verdict.rule,
    banner: verdict.banner,
    mapping: verdict.mapping,
    reasons: verdict.reasons,
    requests,
    checkedAt: startedAt,
    durationMs: now() - startedAt,
  });
}

const fit = (text: string, max: number) => cutText(text, max);
/** Durations are stored as whole milliseconds within a day, as the reader accepts them. */
const fitDuration = (ms: number) => (Number.isFinite(ms) ? Math.min(Math.max(0, Math.round(ms)), 86_400_000) : 0);

/** A finding cut to EVIDENCE_LIMITS: the one shape lastScan's writer produces and its reader (stored-report.ts) accepts. */
export function fitEvidence(result: TargetResult): TargetResult {
  const L = EVIDENCE_LIMITS;
  return {
    ...result,
    rule: fit(result.rule, L.rule),
    banner: result.banner === null ? null : fit(result.banner, L.server),
    reasons: result.reasons.slice(0, MAX_REASONS),
    durationMs: fitDuration(result.durationMs),
    requests: result.requests.map((r) => ({
      ...r,
      url: fit(r.url, L.url),
      ...(typeof r.server === 'string' ? { server: fit(r.server, L.server) } : {}),
      ...(r.errorDetail !== undefined ? { errorDetail: fit(r.errorDetail, L.errorDetail) } : {}),
      durationMs: fitDuration(r.durationMs),
    })),
  };
}
