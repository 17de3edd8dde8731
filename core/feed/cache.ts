import type { AdvisoryRef } from '../advisories/types';
import { isTimeValue } from '../storage/time-value';

/**
 * What the extension holds from IT's CSAF feed: only documents that passed
 * every check (core/feed/check.ts), with when and by which key, and the
 * reasons the rest were refused. Kept in extension storage so the feed's
 * advisories stay in force offline.
 */
export interface HeldDocument {
  /** The document's URL on the provider. */
  file: string;
  trackingId: string;
  version: string;
  currentReleaseDate: string;
  /** Hex SHA-512 of the exact bytes that were verified. */
  sha512: string;
  /** Fingerprint of the pinned key that signed it. */
  signer: string;
  verifiedAt: number;
  /** The CSAF document as verified; the pages that show advisories read it. */
  csaf: unknown;
  /** What the background needs to name it in reports, without the texts. */
  ref: AdvisoryRef;
}

export type RejectionCode =
  | 'fetch'
  | 'too-large'
  | 'too-many'
  | 'hash-missing'
  | 'hash-mismatch'
  | 'signature-missing'
  | 'signature-invalid'
  | 'key-not-pinned'
  | 'csaf'
  | 'filename'
  | 'older'
  | 'changed-same-version';

export const REJECTION_CODES: readonly RejectionCode[] = [
  'fetch',
  'too-large',
  'too-many',
  'hash-missing',
  'hash-mismatch',
  'signature-missing',
  'signature-invalid',
  'key-not-pinned',
  'csaf',
  'filename',
  'older',
  'changed-same-version',
];

export interface Rejection {
  /** The document's URL, or index.txt for the feed as a whole. */
  file: string;
  code: RejectionCode;
  /** The particular: which field, which status, which version. */
  detail?: string;
}

/** Why a whole check failed: the documents already held stay in force. */
export type FeedErrorCode = 'metadata' | 'no-key' | 'index' | 'timeout';

export interface FeedCache {
  /** The feed URL these documents came from: a different one in policy starts afresh. */
  source: string;
  documents: HeldDocument[];
  /** The last check that read the metadata, a pinned key and the index. */
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  lastError?: { code: FeedErrorCode; detail: string };
  rejections: Rejection[];
}

export const MAX_HELD = 100;
export const MAX_REJECTIONS = 50;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length <= max;
const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 200 && Array.from(v as unknown[]).every((x) => isText(x));
const ERRORS: ReadonlySet<unknown> = new Set(['metadata', 'no-key', 'index', 'timeout']);
const CODES: ReadonlySet<unknown> = new Set(REJECTION_CODES);

export function isAdvisoryRef(v: unknown): v is AdvisoryRef {
  return (
    isRecord(v) &&
    isText(v.id, 200) &&
    isText(v.title, 1000) &&
    isTexts(v.cves) &&
    Array.isArray(v.affected) &&
    v.affected.length <= 5000 &&
    Array.from(v.affected as unknown[]).every(
      (p) => isRecord(p) && isText(p.productId, 200) && isText(p.name, 1000) && (p.version === undefined || isText(p.version, 200)),
    ) &&
    Array.isArray(v.references) &&
    v.references.length <= 200 &&
    Array.from(v.references as unknown[]).every(
      (r) => isRecord(r) && isText(r.url) && (r.status === 'live' || r.status === 'historic' || r.status === 'archived'),
    )
  );
}

function isHeld(v: unknown): v is HeldDocument {
  return (
    isRecord(v) &&
    isText(v.file) &&
    isText(v.trackingId, 200) &&
    isText(v.version, 200) &&
    isText(v.currentReleaseDate, 100) &&
    isText(v.sha512, 128) &&
    isText(v.signer, 64) &&
    isTimeValue(v.verifiedAt) &&
    v.csaf !== undefined &&
    isAdvisoryRef(v.ref) &&
    v.ref.id === v.trackingId
  );
}

/** Reads the stored cache defensively: a broken document is dropped, never shown; a broken cache reads as empty. */
export function readFeedCache(raw: unknown): FeedCache | undefined {
  if (!isRecord(raw) || !isText(raw.source)) return undefined;
  const documents = Array.isArray(raw.documents)
    ? Array.from(raw.documents as unknown[])
        .slice(0, MAX_HELD)
        .filter(isHeld)
    : [];
  const rejections = Array.isArray(raw.rejections)
    ? Array.from(raw.rejections as unknown[])
        .slice(0, MAX_REJECTIONS)
        .filter(
          (r): r is Rejection => isRecord(r) && isText(r.file) && CODES.has(r.code) && (r.detail === undefined || isText(r.detail, 500)),
        )
        .map((r) => ({ file: r.file, code: r.code, ...(r.detail !== undefined ? { detail: r.detail } : {}) }))
    : [];
  const lastError =
    isRecord(raw.lastError) && ERRORS.has(raw.lastError.code) && isText(raw.lastError.detail, 500)
      ? { code: raw.lastError.code as FeedErrorCode, detail: raw.lastError.detail }
      : undefined;
  return {
    source: raw.source,
    documents,
    ...(isTimeValue(raw.lastSuccessAt) ? { lastSuccessAt: raw.lastSuccessAt } : {}),
    ...(isTimeValue(raw.lastAttemptAt) ? { lastAttemptAt: raw.lastAttemptAt } : {}),
    ...(lastError ? { lastError } : {}),
    rejections,
  };
}

/** The feed's advisories as the background names them, when the cache is for the feed in policy now. */
export function feedRefs(cache: FeedCache | undefined, feedUrl: string | undefined): AdvisoryRef[] {
  return cache && feedUrl && cache.source === feedUrl ? cache.documents.map((d) => d.ref) : [];
}

/** True when the last successful check is older than the stale period, or there never was one. */
export function isStale(cache: FeedCache | undefined, now: number, staleDays: number): boolean {
  return cache?.lastSuccessAt === undefined || now - cache.lastSuccessAt > staleDays * 86_400_000;
}
