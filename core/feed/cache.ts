import type { AdvisoryRef } from '../advisories/types';
import { isTimeValue } from '../text/time-value';

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
  | 'changed-same-version'
  | 'beyond-limits'
  | 'key-revoked'
  | 'key-expired'
  | 'key-withdrawn';

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
  'beyond-limits',
  'key-revoked',
  'key-expired',
  'key-withdrawn',
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
  /**
   * The version and release date of each document let go to make room (see evict in check.ts), newest first, so a
   * replay of an older version of it is still refused as a rollback.
   */
  evicted?: SeenVersion[];
}

export interface SeenVersion {
  id: string;
  version: string;
  currentReleaseDate: string;
}

export const MAX_HELD = 100;
/** Versions remembered for documents let go: ten feeds' worth, each a few dozen bytes. */
export const MAX_EVICTED = 1000;
export const MAX_REJECTIONS = 50;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number = HELD_LIMITS.text): v is string => typeof v === 'string' && v.length <= max;
const isTexts = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= HELD_LIMITS.list && Array.from(v as unknown[]).every((x) => isText(x));
const ERRORS: ReadonlySet<unknown> = new Set(['metadata', 'no-key', 'index', 'timeout']);
const CODES: ReadonlySet<unknown> = new Set(REJECTION_CODES);

/**
 * The limits of a held document, shared by the checker (which refuses a signed document beyond them, naming the
 * field: check.ts) and the reader below (which drops what is beyond them): what the checker accepts reads back.
 */
export const HELD_LIMITS = {
  /** URLs, CVE ids and other short texts. */
  text: 2048,
  id: 200,
  title: 1000,
  /** CVEs and references of one advisory. */
  list: 200,
  products: 5000,
  productName: 1000,
} as const;

/** Which part of a held document is beyond HELD_LIMITS: the checker names it in the words CSAF uses (check.ts). */
export type HeldField = 'url' | 'id' | 'version' | 'date' | 'verification' | 'title' | 'cves' | 'products' | 'references';

/** The first part of an advisory's reference beyond the limits; undefined when it fits. */
export function refProblem(v: unknown): HeldField | undefined {
  const L = HELD_LIMITS;
  if (!isRecord(v) || !isText(v.id, L.id)) return 'id';
  if (!isText(v.title, L.title)) return 'title';
  if (!isTexts(v.cves)) return 'cves';
  if (
    !Array.isArray(v.affected) ||
    v.affected.length > L.products ||
    !Array.from(v.affected as unknown[]).every(
      (p) =>
        isRecord(p) && isText(p.productId, L.id) && isText(p.name, L.productName) && (p.version === undefined || isText(p.version, L.id)),
    )
  )
    return 'products';
  if (
    !Array.isArray(v.references) ||
    v.references.length > L.list ||
    !Array.from(v.references as unknown[]).every(
      (r) => isRecord(r) && isText(r.url) && (r.status === 'live' || r.status === 'historic' || r.status === 'archived'),
    )
  )
    return 'references';
  return undefined;
}

export function isAdvisoryRef(v: unknown): v is AdvisoryRef {
  return refProblem(v) === undefined;
}

/** The first part of a held document beyond the limits; undefined when the reader will keep it as it is. */
export function heldProblem(v: unknown): HeldField | undefined {
  if (!isRecord(v) || !isText(v.file)) return 'url';
  if (!isText(v.trackingId, HELD_LIMITS.id)) return 'id';
  if (!isText(v.version, HELD_LIMITS.id)) return 'version';
  if (!isText(v.currentReleaseDate, 100)) return 'date';
  if (!isText(v.sha512, 128) || !isText(v.signer, 64) || !isTimeValue(v.verifiedAt) || v.csaf === undefined) return 'verification';
  return refProblem(v.ref) ?? ((v.ref as AdvisoryRef).id === v.trackingId ? undefined : 'id');
}

function isHeld(v: unknown): v is HeldDocument {
  return heldProblem(v) === undefined;
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
  const evicted = Array.isArray(raw.evicted)
    ? Array.from(raw.evicted as unknown[])
        .slice(0, MAX_EVICTED)
        .filter(
          (e): e is SeenVersion =>
            isRecord(e) && isText(e.id, HELD_LIMITS.id) && isText(e.version, HELD_LIMITS.id) && isText(e.currentReleaseDate, 100),
        )
        .map((e) => ({ id: e.id, version: e.version, currentReleaseDate: e.currentReleaseDate }))
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
    ...(evicted.length > 0 ? { evicted } : {}),
  };
}

/**
 * The cache when it is for the feed in policy now, else nothing: a cache from another feed URL is never shown, used
 * or kept (a different URL in policy starts afresh). Every reader of the cache asks this, and nothing else.
 */
export function cacheFor(cache: FeedCache | undefined, feedUrl: string | undefined): FeedCache | undefined {
  return cache && feedUrl && cache.source === feedUrl ? cache : undefined;
}

/** The feed's advisories as the background names them, when the cache is for the feed in policy now. */
export function feedRefs(cache: FeedCache | undefined, feedUrl: string | undefined): AdvisoryRef[] {
  return cacheFor(cache, feedUrl)?.documents.map((d) => d.ref) ?? [];
}

/** True when the last successful check is older than the stale period, or there never was one. */
export function isStale(cache: FeedCache | undefined, now: number, staleDays: number): boolean {
  return cache?.lastSuccessAt === undefined || now - cache.lastSuccessAt > staleDays * 86_400_000;
}
