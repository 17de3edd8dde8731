import { AdvisoryFormatError, advisoryFromCsaf } from '../advisories/from-csaf';
import { toRef } from '../advisories/catalog';
import type { Advisory } from '../advisories/types';
import {
  HELD_LIMITS,
  MAX_EVICTED,
  MAX_HELD,
  MAX_REJECTIONS,
  cacheFor,
  heldProblem,
  type FeedCache,
  type HeldDocument,
  type HeldField,
  type Rejection,
  type SeenVersion,
} from './cache';
import { csafFileName, fileNameOf } from './filename';
import { feedLocations, readIndex, readProviderMetadata } from './provider';
import { compareVersions, isCsafVersion } from './version';
import { FEED_LIMITS } from './limits';
import { pinsInForce, withoutRevoked } from './revoked';

const INVALID: Record<Extract<Verified, { kind: 'invalid' }>['cause'], Rejection['code']> = {
  revoked: 'key-revoked',
  expired: 'key-expired',
  bad: 'signature-invalid',
};

/** A part beyond HELD_LIMITS, named as CSAF names it, with its limit: the particulars of a `beyond-limits` refusal. */
const L = HELD_LIMITS;
const BEYOND: Record<HeldField, string> = {
  url: `url ≤ ${L.text}`,
  id: `document/tracking/id ≤ ${L.id}`,
  version: `document/tracking/version ≤ ${L.id}`,
  date: 'document/tracking/current_release_date',
  verification: 'verification',
  title: `document/title ≤ ${L.title}`,
  cves: `vulnerabilities/cve ≤ ${L.list} × ${L.text}`,
  products: `product_tree ≤ ${L.products} × ${L.productName}`,
  references: `document/references ≤ ${L.list} × ${L.text}`,
};

/**
 * One check of IT's CSAF feed, failing closed: a document joins the held set
 * only when its hash matches, its detached signature verifies against a pinned
 * key, it passes the CSAF reader, its file name matches its tracking id, and it
 * is not older than the copy already held. The network and the OpenPGP library
 * come in through `io`, so this runs the same in the unit tests (with real gpg
 * signatures) and in the extension's verifier page.
 */
export type Fetched = { kind: 'ok'; bytes: Uint8Array } | { kind: 'missing' } | { kind: 'too-large' } | { kind: 'failed'; reason: string };
/**
 * A signature's check. `invalid` says why: the pinned key was revoked or had expired when it signed (the admin then
 * rotates the key), or the signature does not match the bytes (someone changed the file after it was signed).
 */
export type Verified =
  | { kind: 'ok'; fingerprint: string }
  | { kind: 'unknown-key'; keyId: string }
  | { kind: 'invalid'; cause: 'revoked' | 'expired' | 'bad'; reason: string };

export interface FeedIo<Key> {
  /** GET, no credentials, with a deadline; the body only for a 200 within maxBytes. */
  get(url: string, maxBytes: number): Promise<Fetched>;
  /** Lower-case hex digest. */
  digest(algorithm: 'SHA-512' | 'SHA-256', bytes: Uint8Array): Promise<string>;
  /** An armored public key and its fingerprint (upper-case hex), or undefined when it is not one. */
  readKey(armored: string): Promise<{ fingerprint: string; key: Key } | undefined>;
  /** A detached armored signature over the exact bytes, against these keys only. */
  verify(bytes: Uint8Array, armoredSignature: string, keys: readonly Key[]): Promise<Verified>;
  now(): number;
}

export interface FeedInput {
  feedUrl: string;
  /** Pinned fingerprints, normalized (core/feed/fingerprint.ts). */
  pins: readonly string[];
  /** Fingerprints IT revoked in policy, normalized: they win over a pin (revoked.ts). */
  revoked: readonly string[];
  held: FeedCache | undefined;
  /** The bundled advisories: a feed document may replace one, never with an older version. */
  baseline: readonly Pick<Advisory, 'id' | 'version' | 'currentReleaseDate'>[];
}

const text = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

type DocumentOutcome = { kind: 'accepted'; document: HeldDocument } | { kind: 'unchanged' } | { kind: 'rejected'; rejection: Rejection };

export async function checkFeed<Key>(input: FeedInput, io: FeedIo<Key>): Promise<FeedCache> {
  const started = io.now();
  const cached = cacheFor(input.held, input.feedUrl);
  const previous = cached && withoutRevoked(cached, input.revoked);
  const base: FeedCache = {
    source: input.feedUrl,
    documents: previous?.documents ?? [],
    ...(previous?.lastSuccessAt !== undefined ? { lastSuccessAt: previous.lastSuccessAt } : {}),
    lastAttemptAt: started,
    rejections: previous?.rejections ?? [],
    ...(previous?.evicted ? { evicted: previous.evicted } : {}),
  };
  const failed = (code: NonNullable<FeedCache['lastError']>['code'], detail: string): FeedCache => ({
    ...base,
    lastError: { code, detail },
  });

  const where = feedLocations(input.feedUrl);
  const metaBytes = await io.get(where.metadata, FEED_LIMITS.metadataBytes);
  if (metaBytes.kind !== 'ok') return failed('metadata', `${where.metadata}: ${describe(metaBytes)}`);
  const meta = readProviderMetadata(text(metaBytes.bytes) ?? '', where.metadata);
  if (!meta.ok) return failed('metadata', meta.problem);

  // Only keys whose fingerprint IT pinned are fetched, and each must really have that fingerprint. A pinned key IT also
  // revoked is fetched too, so what it signs is refused as revoked rather than as signed by a stranger.
  const keys: Key[] = [];
  const usable = pinsInForce(input.pins, input.revoked);
  for (const listed of meta.metadata.keys.filter((k) => input.pins.includes(k.fingerprint))) {
    const got = await io.get(listed.url, FEED_LIMITS.keyBytes);
    const key = got.kind === 'ok' ? await io.readKey(text(got.bytes) ?? '') : undefined;
    if (key && key.fingerprint === listed.fingerprint) keys.push(key.key);
  }
  if (!meta.metadata.keys.some((k) => usable.includes(k.fingerprint)) || keys.length === 0) {
    return failed('no-key', meta.metadata.keys.map((k) => k.fingerprint.slice(-16)).join(', '));
  }

  const directory = where.directory ?? (meta.metadata.directories[0] as string);
  const indexUrl = new URL('index.txt', directory).href;
  const index = await io.get(indexUrl, FEED_LIMITS.indexBytes);
  if (index.kind !== 'ok') return failed('index', `${indexUrl}: ${describe(index)}`);
  const listed = readIndex(text(index.bytes) ?? '', directory);

  const rejections: Rejection[] = [];
  if (listed.length > FEED_LIMITS.documents) {
    rejections.push({ file: indexUrl, code: 'too-many', detail: `${listed.length} listed; the first ${FEED_LIMITS.documents} are read` });
  }
  const held = new Map((previous?.documents ?? []).map((d) => [d.trackingId, d]));
  const evicted = new Map((previous?.evicted ?? []).map((e) => [e.id, e]));
  const spent = { bytes: 0 };
  for (const file of listed.slice(0, FEED_LIMITS.documents)) {
    if (io.now() - started > FEED_LIMITS.checkMs) {
      return { ...failed('timeout', `stopped after ${FEED_LIMITS.checkMs / 1000} s`), documents: [...held.values()], rejections };
    }
    const outcome = await checkDocument(file, input, io, keys, held, evicted, spent);
    if (outcome.kind === 'accepted') held.set(outcome.document.trackingId, outcome.document);
    if (outcome.kind === 'rejected') rejections.push(outcome.rejection);
  }
  const kept = evict([...held.values()], new Set(listed.slice(0, FEED_LIMITS.documents)), [...evicted.values()]);
  return {
    source: input.feedUrl,
    documents: kept.documents,
    lastSuccessAt: io.now(),
    lastAttemptAt: started,
    rejections: rejections.slice(0, MAX_REJECTIONS),
    ...(kept.evicted.length > 0 ? { evicted: kept.evicted } : {}),
  };
}

/**
 * What is held after a check, at most MAX_HELD documents. Documents no longer listed stay while there is room: a
 * withdrawn advisory is published as a new version, and an index is not signed. When there is no room, every document
 * the index lists now is kept (there are at most FEED_LIMITS.documents = MAX_HELD of them, so one just accepted is never
 * dropped), and the unlisted ones go, least recently verified first. Each one let go leaves its id, version and release
 * date behind (newest first, at most MAX_EVICTED), so an older version of it is still refused as a rollback.
 */
export function evict(
  documents: HeldDocument[],
  listedNow: ReadonlySet<string>,
  before: readonly SeenVersion[],
): { documents: HeldDocument[]; evicted: SeenVersion[] } {
  if (documents.length <= MAX_HELD) return { documents, evicted: before.slice(0, MAX_EVICTED) };
  const listed = documents.filter((d) => listedNow.has(d.file));
  const unlisted = documents.filter((d) => !listedNow.has(d.file)).sort((a, b) => b.verifiedAt - a.verifiedAt);
  const room = Math.max(0, MAX_HELD - listed.length);
  const gone = unlisted.slice(room).map((d) => ({ id: d.trackingId, version: d.version, currentReleaseDate: d.currentReleaseDate }));
  const goneIds = new Set(gone.map((g) => g.id));
  return {
    documents: [...listed, ...unlisted.slice(0, room)],
    evicted: [...gone, ...before.filter((b) => !goneIds.has(b.id))].slice(0, MAX_EVICTED),
  };
}

function describe(f: Exclude<Fetched, { kind: 'ok' }>): string {
  return f.kind === 'missing' ? 'not found' : f.kind === 'too-large' ? 'too large' : f.reason;
}

async function checkDocument<Key>(
  file: string,
  input: FeedInput,
  io: FeedIo<Key>,
  keys: readonly Key[],
  held: ReadonlyMap<string, HeldDocument>,
  /** Versions of documents let go to make room: still no rollback below them. */
  evicted: ReadonlyMap<string, SeenVersion>,
  /** Bytes of documents downloaded in this check so far, against FEED_LIMITS.totalBytes. */
  spent: { bytes: number },
): Promise<DocumentOutcome> {
  const reject = (code: Rejection['code'], detail?: string): DocumentOutcome => ({
    kind: 'rejected',
    rejection: { file, code, ...(detail !== undefined ? { detail: detail.slice(0, 500) } : {}) },
  });
  const got = await io.get(file, FEED_LIMITS.documentBytes);
  if (got.kind === 'too-large') return reject('too-large', `over ${FEED_LIMITS.documentBytes} bytes`);
  if (got.kind !== 'ok') return reject('fetch', describe(got));
  spent.bytes += got.bytes.length;
  if (spent.bytes > FEED_LIMITS.totalBytes) return reject('too-large', `the documents exceed ${FEED_LIMITS.totalBytes} bytes in all`);
  const bytes = got.bytes;

  // The hash: .sha512, else .sha256, as "<hex>  <file name>".
  let algorithm: 'SHA-512' | 'SHA-256' = 'SHA-512';
  let hashFile = await io.get(`${file}.sha512`, FEED_LIMITS.hashBytes);
  if (hashFile.kind === 'missing') {
    algorithm = 'SHA-256';
    hashFile = await io.get(`${file}.sha256`, FEED_LIMITS.hashBytes);
  }
  if (hashFile.kind === 'missing') return reject('hash-missing');
  if (hashFile.kind !== 'ok') return reject('fetch', `hash: ${describe(hashFile)}`);
  const expected = (text(hashFile.bytes) ?? '').trim().split(/\s/, 1)[0]?.toLowerCase() ?? '';
  const actual = await io.digest(algorithm, bytes);
  if (expected !== actual) return reject('hash-mismatch', `${algorithm} differs`);
  const sha512 = algorithm === 'SHA-512' ? actual : await io.digest('SHA-512', bytes);

  const sig = await io.get(`${file}.asc`, FEED_LIMITS.signatureBytes);
  if (sig.kind === 'missing') return reject('signature-missing');
  if (sig.kind !== 'ok') return reject('fetch', `signature: ${describe(sig)}`);
  const verified = await io.verify(bytes, text(sig.bytes) ?? '', keys);
  if (verified.kind === 'unknown-key') return reject('key-not-pinned', `signed by key ${verified.keyId}`);
  if (verified.kind === 'invalid') return reject(INVALID[verified.cause], verified.reason);
  if (input.revoked.includes(verified.fingerprint))
    return reject('key-revoked', `AdvisoryFeedRevokedKeys: …${verified.fingerprint.slice(-16)}`);

  let advisory: Advisory;
  let csaf: unknown;
  try {
    csaf = JSON.parse(text(bytes) ?? '');
    advisory = advisoryFromCsaf(csaf, fileNameOf(file), 'feed');
  } catch (e) {
    return reject('csaf', e instanceof AdvisoryFormatError ? e.message : e instanceof SyntaxError ? 'not JSON' : 'unreadable');
  }
  if (advisory.version === undefined || !isCsafVersion(advisory.version)) return reject('csaf', '/document/tracking/version');
  if (fileNameOf(file) !== csafFileName(advisory.id)) return reject('filename', `expected ${csafFileName(advisory.id)}`);

  // No rollback: not older than the copy held from the feed, nor than the one bundled.
  const prior = held.get(advisory.id);
  const priors = [prior, evicted.get(advisory.id), input.baseline.find((b) => b.id === advisory.id)].filter((p) => p !== undefined);
  for (const p of priors) {
    const order = p.version === undefined ? 1 : compareVersions(advisory.version, p.version);
    if (order === undefined || order < 0)
      return reject('older', `version ${advisory.version} is older than ${p.version ?? '?'} already held`);
    if (Date.parse(advisory.currentReleaseDate) < Date.parse(p.currentReleaseDate)) {
      return reject('older', `released ${advisory.currentReleaseDate}, before the ${p.currentReleaseDate} already held`);
    }
  }
  if (prior && compareVersions(advisory.version, prior.version) === 0) {
    return prior.sha512 === sha512 ? { kind: 'unchanged' } : reject('changed-same-version', `version ${advisory.version} changed`);
  }
  const document: HeldDocument = {
    file,
    trackingId: advisory.id,
    version: advisory.version,
    currentReleaseDate: advisory.currentReleaseDate,
    sha512,
    signer: verified.fingerprint,
    verifiedAt: io.now(),
    csaf,
    ref: toRef(advisory),
  };
  // What the cache's reader would drop is refused here, with the field named: never accepted, then silently lost.
  const beyond = heldProblem(document);
  if (beyond) return reject('beyond-limits', BEYOND[beyond]);
  return { kind: 'accepted', document };
}
