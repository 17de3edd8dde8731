import { normalFingerprint } from '../policy/fingerprint';

/**
 * Reads the parts of a CSAF 2.0 provider-metadata.json the feed check needs:
 * the directory distributions and the public OpenPGP keys. Anything the
 * provider sends is untrusted; every URL must stay on the feed's own host, so
 * a check never contacts another server.
 */
export interface ProviderMetadata {
  directories: string[];
  keys: { fingerprint: string; url: string }[];
}

export type MetadataResult = { ok: true; metadata: ProviderMetadata } | { ok: false; problem: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_LISTED = 20;

/** An http(s) URL on the same origin as the feed, or undefined. */
export function sameOrigin(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function readProviderMetadata(text: string, metadataUrl: string): MetadataResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'provider-metadata.json is not JSON' };
  }
  if (!isRecord(raw)) return { ok: false, problem: 'provider-metadata.json is not an object' };
  const distributions = Array.isArray(raw.distributions) ? Array.from(raw.distributions as unknown[]).slice(0, MAX_LISTED) : [];
  const directories = distributions
    .map((d) => (isRecord(d) ? sameOrigin(d.directory_url, metadataUrl) : undefined))
    .filter((d): d is string => d !== undefined)
    .map((d) => (d.endsWith('/') ? d : `${d}/`));
  const listedKeys = Array.isArray(raw.public_openpgp_keys) ? Array.from(raw.public_openpgp_keys as unknown[]).slice(0, MAX_LISTED) : [];
  const keys = listedKeys.flatMap((k) => {
    if (!isRecord(k) || typeof k.fingerprint !== 'string') return [];
    const fingerprint = normalFingerprint(k.fingerprint);
    const url = sameOrigin(k.url, metadataUrl);
    return fingerprint && url ? [{ fingerprint, url }] : [];
  });
  if (directories.length === 0) {
    const rolie = distributions.some((d) => isRecord(d) && d.rolie !== undefined);
    return {
      ok: false,
      problem: rolie ? 'only ROLIE distributions are listed; publish a directory distribution' : 'no directory distribution on this host',
    };
  }
  return { ok: true, metadata: { directories, keys } };
}

/**
 * Where the metadata is, for the URL IT set: the metadata itself, or for a
 * directory distribution the provider-metadata.json in the folder above it
 * (CSAF's layout: /.well-known/csaf/provider-metadata.json over /.well-known/csaf/white/).
 */
export function feedLocations(feedUrl: string): { metadata: string; directory?: string } {
  const url = new URL(feedUrl);
  if (url.pathname.endsWith('.json')) return { metadata: url.href };
  const directory = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { metadata: new URL('../provider-metadata.json', directory).href, directory };
}

/** Each line of index.txt is a document's path under the directory; only .json files on the same origin, under it. */
export function readIndex(text: string, directory: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n', 10_001)) {
    const path = line.trim();
    if (path === '' || path.startsWith('#')) continue;
    const url = sameOrigin(path, directory);
    if (!url || !url.startsWith(directory) || !new URL(url).pathname.endsWith('.json') || new URL(url).search) continue;
    if (!seen.has(url)) {
      seen.add(url);
      files.push(url);
    }
  }
  return files;
}
