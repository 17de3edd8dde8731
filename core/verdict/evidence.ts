/**
 * The paths a probe request can have, as evidence records them. core/probe/probe-policy.ts is the rule that nothing
 * else is ever sent; the list lives here, below the probe, so the evidence and its readers need not import the probe.
 */
export const PROBE_PATHS = ['/', '/NULL.ida'] as const;

export type ProbePath = (typeof PROBE_PATHS)[number];

/** The signatures a body can carry (found by signatures.ts); the verdict needs no more of the body than this. */
export type BodySignature = 'defacement' | 'idq-error-page' | 'urlscan-rejection';

export const BODY_SIGNATURES: readonly BodySignature[] = ['defacement', 'idq-error-page', 'urlscan-rejection'];

/** How much of a body is kept as evidence: enough to show a person what answered, far below storage quotas. */
export const BODY_EXCERPT_CHARS = 512;

/**
 * The limits of what lastScan keeps, shared by its writer and its reader: the probe cuts every text to these
 * (fitEvidence in core/probe/probe.ts) and core/storage/stored-report.ts accepts exactly these, so whatever the
 * probe stores reads back. A `Server` header longer than this is judged whole, then kept cut.
 */
export const EVIDENCE_LIMITS = {
  /** A `Server` header or the banner the verdict used. Real ones are under 100 characters. */
  server: 1024,
  /** A target (an http(s) origin from the settings or the policy). */
  target: 2048,
  /** A probe URL: the target and the longest probe path. */
  url: 2048 + 16,
  /** The error's own words. */
  errorDetail: 1024,
  /** A rule id (`mapping-present+iis-5.0`). */
  rule: 200,
} as const;
import type { Reason } from './reasons';
import type { Verdict } from './verdict';

/**
 * Why a request got no HTTP answer (`blocked`: the browser has not granted
 * access to that host, so nothing was sent). Browsers hide the network error's cause
 * from fetch, so `refused` on a loopback address is an inference (see
 * classify-fetch-error.ts); Node's fetch in tests reports the real cause.
 */
export type ErrorKind = 'refused' | 'timeout' | 'tls' | 'network' | 'aborted' | 'blocked';

/** One request the probe sent and what came back. */
export interface RequestEvidence {
  path: ProbePath;
  url: string;
  /** HTTP status; 0 for a redirect the browser hides (`opaqueredirect`). Absent when nothing answered. */
  status?: number;
  /** True when the server answered with a redirect; it is recorded, never followed. */
  redirected?: boolean;
  /** The raw `Server` header exactly as received; `null` when the answer had none. Absent when nothing answered. */
  server?: string | null;
  /**
   * The first characters of the body (at most BODY_EXCERPT_CHARS), as text. The
   * probe reads up to 64 KB to look for signatures, and keeps only this much.
   */
  bodySnippet?: string;
  /** The signatures found in the whole body read (up to the probe's limit). Absent in results stored before v3. */
  signatures?: BodySignature[];
  /** True when the body was longer than the probe's read limit and the rest was cancelled. */
  bodyTruncated?: boolean;
  error?: ErrorKind;
  /** The error's own words, for the evidence view. */
  errorDetail?: string;
  /** Set when the browser gave no reason and `error` was inferred from the address (see classify-fetch-error.ts). */
  errorInferred?: true;
  startedAt: number;
  durationMs: number;
}

/** What the `GET /NULL.ida` answer says about the .ida script mapping. */
export type MappingState = 'present' | 'urlscan' | 'absent' | 'undecided' | 'not-checked';

/** Every mapping state, once: the readers of stored evidence and of the fleet queue check against this. */
export const MAPPING_STATES: readonly MappingState[] = ['present', 'urlscan', 'absent', 'undecided', 'not-checked'];

export function isMappingState(value: unknown): value is MappingState {
  return (MAPPING_STATES as readonly unknown[]).includes(value);
}

/** Everything the probe learned about one target, plus the verdict drawn from it. */
export interface TargetResult {
  target: string;
  verdict: Verdict;
  /** Id of the rule that decided the verdict (see classify.ts and banner-rules.ts). */
  rule: string;
  /** The `Server` banner the verdict used, if any. */
  banner: string | null;
  mapping: MappingState;
  /** Why, in the order the rules used them: message codes with parameters (reasons.ts), put into words when shown. */
  reasons: Reason[];
  requests: RequestEvidence[];
  checkedAt: number;
  durationMs: number;
}

/** One finished scan, as stored for the popup. */
export interface ScanReport {
  startedAt: number;
  finishedAt: number;
  trigger: ScanTrigger;
  results: TargetResult[];
}

export type ScanTrigger = 'install' | 'startup' | 'schedule' | 'user' | 'settings' | 'policy';

/**
 * Whether a stored key or field can be a target: every target is an http(s) origin (parseTarget in targets.ts,
 * parsePolicyTarget in policy/validate.ts). Readers of storage use it so that `toString` or `__proto__` is never
 * looked up as a target. Here, beside the limits, rather than in targets.ts, which the popup's first paint does not need.
 */
export function isStoredTarget(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= EVIDENCE_LIMITS.target && (value.startsWith('http://') || value.startsWith('https://'))
  );
}
