import { cutText } from '../text/cut-text';
import {
  BODY_EXCERPT_CHARS,
  BODY_SIGNATURES,
  EVIDENCE_LIMITS as L,
  type BodySignature,
  type ErrorKind,
  isMappingState,
  isStoredTarget,
  PROBE_PATHS,
  type ProbePath,
  type RequestEvidence,
  type ScanReport,
  type ScanTrigger,
  type TargetResult,
} from '../verdict/evidence';

import { isTimeValue } from '../text/time-value';
import { isVerdict } from '../verdict/verdict';
import { MAX_REASONS, readReason, type Reason } from '../verdict/reasons';

/**
 * Reads the stored report defensively: storage can hold anything after a
 * crash, a bad write or another version. Types are not enough: every time is
 * checked against Date's range, every token against its vocabulary, every
 * text against a length. Broken findings are left out; an unreadable report
 * reads as "not checked yet", and the next scan replaces it.
 */

/** More findings than the settings and the policy together can ask for (50 + 50). */
export const MAX_STORED_FINDINGS = 100;

const ERRORS: readonly ErrorKind[] = ['refused', 'timeout', 'tls', 'network', 'aborted', 'blocked'];
const TRIGGERS: readonly ScanTrigger[] = ['install', 'startup', 'schedule', 'user', 'settings', 'policy'];

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isDuration = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 86_400_000;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

function readRequest(raw: unknown): RequestEvidence | undefined {
  if (!isRecord(raw) || !oneOf<ProbePath>(PROBE_PATHS, raw.path) || !isText(raw.url, L.url) || !isTimeValue(raw.startedAt))
    return undefined;
  const request: RequestEvidence = {
    path: raw.path,
    url: raw.url,
    startedAt: raw.startedAt,
    durationMs: isDuration(raw.durationMs) ? raw.durationMs : 0,
  };
  if (raw.status !== undefined) {
    if (typeof raw.status !== 'number' || !Number.isInteger(raw.status) || raw.status < 0 || raw.status > 999) return undefined;
    request.status = raw.status;
  }
  if (raw.redirected === true) request.redirected = true;
  if (raw.server === null || isText(raw.server, L.server)) request.server = raw.server;
  else if (raw.server !== undefined) return undefined;
  if (typeof raw.bodySnippet === 'string') request.bodySnippet = cutText(raw.bodySnippet, BODY_EXCERPT_CHARS);
  if (Array.isArray(raw.signatures)) {
    request.signatures = BODY_SIGNATURES.filter((s: BodySignature) => (raw.signatures as unknown[]).includes(s));
  }
  if (raw.bodyTruncated === true) request.bodyTruncated = true;
  if (raw.error !== undefined) {
    if (!oneOf(ERRORS, raw.error)) return undefined;
    request.error = raw.error;
  }
  if (isText(raw.errorDetail, L.errorDetail)) request.errorDetail = raw.errorDetail;
  if (raw.errorInferred === true) request.errorInferred = true;
  return request;
}

function readFinding(raw: unknown): TargetResult | undefined {
  if (!isRecord(raw) || !isStoredTarget(raw.target) || !isVerdict(raw.verdict) || !isTimeValue(raw.checkedAt)) return undefined;
  if (!Array.isArray(raw.requests) || raw.requests.length > PROBE_PATHS.length || !Array.isArray(raw.reasons)) return undefined;
  // Array.from, not map: map keeps the holes of a sparse array, and `some` then skips them.
  const requests = Array.from(raw.requests as unknown[], readRequest);
  if (requests.some((r) => r === undefined)) return undefined;
  return {
    target: raw.target,
    verdict: raw.verdict,
    rule: isText(raw.rule, L.rule) ? raw.rule : '?',
    banner: isText(raw.banner, L.server) ? raw.banner : null,
    mapping: isMappingState(raw.mapping) ? raw.mapping : 'not-checked',
    reasons: Array.from(raw.reasons as unknown[], readReason)
      .filter((r): r is Reason => r !== undefined)
      .slice(0, MAX_REASONS),
    requests: requests as RequestEvidence[],
    checkedAt: raw.checkedAt,
    durationMs: isDuration(raw.durationMs) ? raw.durationMs : 0,
  };
}

export function readScanReport(raw: unknown): ScanReport | null {
  if (!isRecord(raw) || !Array.isArray(raw.results) || !isTimeValue(raw.finishedAt)) return null;
  const results: TargetResult[] = [];
  for (const item of raw.results.slice(0, MAX_STORED_FINDINGS)) {
    const finding = readFinding(item);
    if (finding && !results.some((r) => r.target === finding.target)) results.push(finding);
  }
  return {
    startedAt: isTimeValue(raw.startedAt) ? raw.startedAt : raw.finishedAt,
    finishedAt: raw.finishedAt,
    trigger: oneOf(TRIGGERS, raw.trigger) ? raw.trigger : 'user',
    results,
  };
}
