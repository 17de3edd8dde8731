import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_ADVISORIES } from '../../core/advisories/catalog';
import { AdvisoryFormatError, advisoryFromCsaf } from '../../core/advisories/from-csaf';
import type { FeedCache } from '../../core/feed/cache';
import { checkFeed, type Fetched } from '../../core/feed/check';
import { csafFileName } from '../../core/feed/filename';
import { digestHex, readPublicKey, verifyDetached } from '../../core/feed/openpgp';
import { feedErrorText, rejectionText } from '../../core/feed/rejection-texts';
import { normalFingerprint } from '../../core/policy/fingerprint';

/**
 * `npm run feed`: builds IT's CSAF provider folder (docs/admin.md §5b) from CSAF documents and a GnuPG key, then runs
 * the extension's own feed check over the result, with the bundled advisories and the folder already published as what
 * a browser holds. A folder the extension would refuse any part of is never written: the old one stays as it was.
 *
 *   <out>/.well-known/csaf/provider-metadata.json
 *   <out>/.well-known/csaf/openpgp/<FINGERPRINT>.asc
 *   <out>/.well-known/csaf/white/index.txt, changes.csv
 *   <out>/.well-known/csaf/white/<year of initial release>/<file>.json, .json.sha512, .json.asc
 */
export interface PublishOptions {
  /** The primary key's fingerprint (the one IT pins); spaces allowed. */
  key: string;
  out: string;
  files: readonly string[];
  /** Where the folder is served: https://host (or http on loopback). Defaults to the first document's publisher namespace. */
  url?: string;
  /** GnuPG, as `gpg <args>`; GNUPGHOME in the environment chooses the keyring. */
  gpg?: (args: string[]) => string;
  now?: () => Date;
}

export type PublishResult =
  | { ok: true; metadataUrl: string; fingerprint: string; written: string[] }
  /** `refused`: the folder was built, and the extension's check refused part of it. */
  | { ok: false; problems: string[]; refused?: boolean };

const CSAF = path.join('.well-known', 'csaf');

function runGpg(args: string[]): string {
  return execFileSync('gpg', ['--batch', '--no-tty', '--quiet', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

interface Source {
  file: string;
  bytes: Buffer;
  id: string;
  /** Its CSAF file name, and its path under white/: the folder is the year of its initial release. */
  name: string;
  served: string;
  /** Hex SHA-512 of the bytes, written to .sha512 and compared with what the check kept. */
  sha512: string;
  currentReleaseDate: string;
  namespace?: string;
  publisher?: unknown;
}

export async function publishFeed(options: PublishOptions): Promise<PublishResult> {
  const gpg = options.gpg ?? runGpg;
  const problems: string[] = [];
  const fingerprint = normalFingerprint(options.key);
  if (!fingerprint) return { ok: false, problems: [`--key ${options.key}: not an OpenPGP fingerprint (40 or 64 hex digits)`] };
  const key = primaryKey(gpg, fingerprint);
  if (!key.ok) return { ok: false, problems: [key.problem] };
  if (options.files.length === 0) return { ok: false, problems: ['no CSAF documents given'] };

  const sources: Source[] = [];
  for (const file of options.files) {
    const read = readSource(file);
    if (typeof read === 'string') problems.push(`${file}: ${read}`);
    else if (sources.some((s) => s.id === read.id)) problems.push(`${file}: tracking id ${read.id} is given twice`);
    else sources.push(read);
  }
  if (problems.length > 0) return { ok: false, problems };

  const origin = originFor(options.url ?? sources[0]?.namespace);
  if (typeof origin !== 'string') return { ok: false, problems: [origin.problem] };

  mkdirSync(path.join(options.out, '.well-known'), { recursive: true });
  const build = mkdtempSync(path.join(options.out, '.well-known', '.csaf-build-'));
  try {
    const written = writeProvider(build, origin, fingerprint, sources, gpg, (options.now ?? (() => new Date()))());
    const current = path.join(options.out, CSAF);
    // What browsers already hold is the folder published now: a new one must not be a rollback from it.
    const held = existsSync(path.join(current, 'provider-metadata.json')) ? await check(current, origin, fingerprint) : undefined;
    const result = await check(build, origin, fingerprint, held?.lastError ? undefined : held);
    problems.push(...refusals(result, sources));
    if (problems.length > 0) return { ok: false, problems, refused: true };
    rmSync(current, { recursive: true, force: true });
    renameSync(build, current);
    return {
      ok: true,
      metadataUrl: `${origin}/.well-known/csaf/provider-metadata.json`,
      fingerprint,
      written: written.map((w) => path.join(current, w)),
    };
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
}

/** The primary key gpg holds a secret for; a subkey's fingerprint is answered with the primary's, the one to pin. */
function primaryKey(gpg: (args: string[]) => string, fingerprint: string): { ok: true } | { ok: false; problem: string } {
  let listing: string;
  try {
    listing = gpg(['--with-colons', '--list-secret-keys', fingerprint]);
  } catch {
    return { ok: false, problem: `GnuPG has no secret key ${fingerprint} (gpg --list-secret-keys shows what it has)` };
  }
  const primary = /^sec:[^\n]*\nfpr:+([0-9A-F]{40,64}):/m.exec(listing)?.[1];
  if (primary && primary !== fingerprint) {
    return {
      ok: false,
      problem: `${fingerprint} is a subkey: pass the primary key's fingerprint, ${primary}, which is also the one to pin`,
    };
  }
  return primary ? { ok: true } : { ok: false, problem: `GnuPG has no secret key ${fingerprint}` };
}

function readSource(file: string): Source | string {
  if (!existsSync(file) || !statSync(file).isFile()) return 'no such file';
  const bytes = readFileSync(file);
  let csaf: unknown;
  try {
    csaf = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'not JSON';
  }
  try {
    const advisory = advisoryFromCsaf(csaf, path.basename(file), 'feed');
    const doc = (csaf as { document: Record<string, unknown> }).document;
    const tracking = doc.tracking as { initial_release_date?: unknown };
    const tlp = ((doc.distribution as { tlp?: { label?: unknown } } | undefined)?.tlp?.label ?? 'WHITE') as unknown;
    if (tlp !== 'WHITE' && tlp !== 'CLEAR') return `TLP ${String(tlp)}: only public (TLP:WHITE or CLEAR) documents are published here`;
    const initial = typeof tracking.initial_release_date === 'string' ? tracking.initial_release_date : advisory.currentReleaseDate;
    const publisher = doc.publisher as { namespace?: unknown } | undefined;
    const name = csafFileName(advisory.id);
    return {
      file,
      bytes,
      id: advisory.id,
      name,
      served: `${initial.slice(0, 4)}/${name}`,
      sha512: createHash('sha512').update(bytes).digest('hex'),
      currentReleaseDate: advisory.currentReleaseDate,
      ...(typeof publisher?.namespace === 'string' ? { namespace: publisher.namespace } : {}),
      publisher,
    };
  } catch (e) {
    return e instanceof AdvisoryFormatError ? `not a CSAF security advisory the extension reads: ${e.message}` : 'unreadable';
  }
}

function originFor(url: string | undefined): string | { problem: string } {
  if (url === undefined) return { problem: 'no --url, and the first document names no publisher namespace to serve it from' };
  try {
    const u = new URL(url);
    const loopback = u.hostname === 'localhost' || u.hostname === '[::1]' || /^127\./.test(u.hostname);
    if (u.protocol === 'https:' || (u.protocol === 'http:' && loopback)) return u.origin;
  } catch {
    // Said below.
  }
  return { problem: `--url ${url}: the feed must be served over https (http only on this computer's loopback)` };
}

/** Writes every file; returns their paths under the folder. Document bytes are published exactly as given. */
function writeProvider(
  root: string,
  origin: string,
  fingerprint: string,
  sources: readonly Source[],
  gpg: (a: string[]) => string,
  now: Date,
) {
  const written: string[] = [];
  const put = (rel: string, body: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
    written.push(rel);
  };
  const keyRel = `openpgp/${fingerprint}.asc`;
  put(keyRel, gpg(['--armor', '--export', fingerprint]));
  const newestFirst = [...sources].sort((a, b) => Date.parse(b.currentReleaseDate) - Date.parse(a.currentReleaseDate));
  for (const s of newestFirst) {
    const rel = `white/${s.served}`;
    put(rel, s.bytes);
    put(`${rel}.sha512`, `${s.sha512}  ${s.name}\n`);
    gpg([
      '--yes',
      '--armor',
      '--local-user',
      fingerprint,
      '--output',
      path.join(root, `${rel}.asc`),
      '--detach-sign',
      path.join(root, rel),
    ]);
    written.push(`${rel}.asc`);
  }
  put('white/index.txt', `${newestFirst.map((s) => s.served).join('\n')}\n`);
  put('white/changes.csv', newestFirst.map((s) => `"${s.served}","${s.currentReleaseDate}"`).join('\n') + '\n');
  const metadata = {
    canonical_url: `${origin}/.well-known/csaf/provider-metadata.json`,
    distributions: [{ directory_url: `${origin}/.well-known/csaf/white/` }],
    last_updated: now.toISOString(),
    list_on_CSAF_aggregators: false,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: false,
    public_openpgp_keys: [{ fingerprint, url: `${origin}/.well-known/csaf/${keyRel}` }],
    publisher: sources[0]?.publisher,
    role: 'csaf_provider',
  };
  put('provider-metadata.json', `${JSON.stringify(metadata, null, 2)}\n`);
  return written;
}

/** The extension's feed check over a folder, as a browser would run it against `origin`. */
async function check(root: string, origin: string, fingerprint: string, held?: FeedCache): Promise<FeedCache> {
  const base = `${origin}/.well-known/csaf/`;
  const get = async (url: string, maxBytes: number): Promise<Fetched> => {
    if (!url.startsWith(base)) return { kind: 'failed', reason: 'not under the provider folder' };
    const file = path.join(root, decodeURIComponent(url.slice(base.length)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return { kind: 'missing' };
    const bytes = new Uint8Array(readFileSync(file));
    return bytes.length > maxBytes ? { kind: 'too-large' } : { kind: 'ok', bytes };
  };
  return checkFeed(
    { feedUrl: `${base}provider-metadata.json`, pins: [fingerprint], revoked: [], held, baseline: BUNDLED_ADVISORIES },
    { get, digest: digestHex, readKey: readPublicKey, verify: verifyDetached, now: Date.now },
  );
}

/** Everything the extension would refuse, in its own words (English), with the file; and any document it did not keep. */
function refusals(result: FeedCache, sources: readonly Source[]): string[] {
  if (result.lastError) return [feedErrorText(result.lastError)];
  const problems = result.rejections.map((r) => `${r.file.split('/.well-known/csaf/')[1] ?? r.file}: ${rejectionText(r)}`);
  for (const s of sources) {
    if (!result.documents.some((d) => d.trackingId === s.id && d.sha512 === s.sha512) && problems.length === 0) {
      problems.push(`${s.file}: the check did not keep it`);
    }
  }
  return problems;
}
