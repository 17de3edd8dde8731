import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advisoryDoc, createSigner, writeProvider, type GpgSigner, type Published } from '../../tests/fixtures/feed/gpg-provider';
import { MAX_HELD, type FeedCache, type HeldDocument } from './cache';
import { checkFeed, evict, type FeedIo, type Fetched } from './check';
import { FEED_LIMITS } from './limits';
import { digestHex, readPublicKey, verifyDetached } from './openpgp';

// Real GnuPG signs; OpenPGP.js verifies. The provider is files in a temp folder, read through a fake GET.
const ORIGIN = 'https://csaf.example.edu';
let signer: GpgSigner;
let stranger: GpgSigner;
let root: string;

beforeAll(() => {
  signer = createSigner();
  stranger = createSigner('Someone Else');
  root = mkdtempSync(path.join(tmpdir(), 'cra-feed-'));
}, 60_000);

afterAll(() => {
  signer?.dispose();
  stranger?.dispose();
  if (root) rmSync(root, { recursive: true, force: true });
});

type Key = NonNullable<Awaited<ReturnType<typeof readPublicKey>>>['key'];

function io(requests: string[] = []): FeedIo<Key> {
  let clock = 1_800_000_000_000;
  return {
    get: async (url, maxBytes): Promise<Fetched> => {
      requests.push(url);
      const u = new URL(url);
      if (u.origin !== ORIGIN) return { kind: 'failed', reason: 'other host' };
      const file = path.join(root, decodeURIComponent(u.pathname));
      if (!existsSync(file) || !statSync(file).isFile()) return { kind: 'missing' };
      const bytes = new Uint8Array(readFileSync(file));
      return bytes.length > maxBytes ? { kind: 'too-large' } : { kind: 'ok', bytes };
    },
    digest: digestHex,
    readKey: readPublicKey,
    verify: verifyDetached,
    now: () => (clock += 1000),
  };
}

const doc = (version = '1', date = '2026-11-20T00:00:00.000Z', id = 'EXU-2026-001') => advisoryDoc(id, version, date);

async function check(
  documents: Published[],
  held?: FeedCache,
  pins = [signer.fingerprint],
  requests: string[] = [],
  revoked: string[] = [],
) {
  const { metadataUrl } = writeProvider(root, ORIGIN, signer, documents, [stranger]);
  return checkFeed(
    {
      feedUrl: metadataUrl,
      pins,
      revoked,
      held,
      baseline: [{ id: 'MS01-033', version: '1', currentReleaseDate: '2001-06-18T00:00:00.000Z' }],
    },
    io(requests),
  );
}

describe('the advisory feed check', () => {
  it('accepts a document gpg signed with a pinned key, with its version, signer and reference', async () => {
    const cache = await check([{ doc: doc() }]);
    expect(cache.rejections).toEqual([]);
    expect(cache.lastError).toBeUndefined();
    expect(cache.lastSuccessAt).toBeGreaterThan(0);
    expect(cache.documents).toHaveLength(1);
    const [held] = cache.documents;
    expect(held).toMatchObject({ trackingId: 'EXU-2026-001', version: '1', signer: signer.fingerprint });
    expect(held?.file).toBe(`${ORIGIN}/.well-known/csaf/white/2026/exu-2026-001.json`);
    expect(held?.ref.cves).toEqual(['CVE-2001-0500']);
  });

  it('accepts a newer version, which replaces the one held', async () => {
    const first = await check([{ doc: doc('1') }]);
    const second = await check([{ doc: doc('2', '2026-11-25T00:00:00.000Z') }], first);
    expect(second.rejections).toEqual([]);
    expect(second.documents.map((d) => d.version)).toEqual(['2']);
  });

  it('keeps the held copy, unchanged, when the same version is served again', async () => {
    const first = await check([{ doc: doc('1') }]);
    const again = await check([{ doc: doc('1') }], first);
    expect(again.rejections).toEqual([]);
    expect(again.documents).toEqual(first.documents);
  });

  const reasons: [string, Published[], string, RegExp?][] = [
    [
      'a tampered document (hash no longer matches)',
      [{ doc: doc(), tamper: (s) => s.replace('must be patched', 'need not be patched') }],
      'hash-mismatch',
    ],
    ['a wrong .sha512', [{ doc: doc(), wrongHash: true }], 'hash-mismatch'],
    ['a missing .asc', [{ doc: doc(), unsigned: true }], 'signature-missing'],
    ['a file name that is not the tracking id', [{ doc: doc(), name: 'latest.json' }], 'filename', /expected exu-2026-001\.json/],
    ['a document that is not CSAF', [{ doc: { ...doc(), vulnerabilities: [] }, name: 'exu-2026-001.json' }], 'csaf', /vulnerabilit/],
    // Signed and valid CSAF, but beyond what the cache keeps: refused with the field named, not accepted and then lost.
    [
      'a signed document whose title is longer than the cache keeps',
      [{ doc: { ...doc(), document: { ...doc().document, title: `Code Red ${'t'.repeat(1500)}` } } }],
      'beyond-limits',
      /document\/title/,
    ],
  ];
  for (const [what, published, code, detail] of reasons) {
    it(`refuses ${what}, and says so`, async () => {
      const cache = await check(published);
      expect(cache.documents).toEqual([]);
      expect(cache.rejections).toHaveLength(1);
      expect(cache.rejections[0]?.code).toBe(code);
      if (detail) expect(cache.rejections[0]?.detail).toMatch(detail);
    });
  }

  it('refuses a signature by a key that is not pinned, even one the metadata lists', async () => {
    const cache = await check([{ doc: doc(), signer: stranger }]);
    expect(cache.rejections.map((r) => r.code)).toEqual(['key-not-pinned']);
    expect(cache.rejections[0]?.detail).toContain(stranger.fingerprint.slice(-16));
  });

  it('refuses a document re-hashed after tampering: the signature no longer verifies', async () => {
    const published: Published = { doc: doc(), tamper: (s) => s.replace('must be patched', 'need not be patched') };
    const { metadataUrl } = writeProvider(root, ORIGIN, signer, [published], [stranger]);
    // Re-write a matching .sha512 for the tampered bytes, as an attacker with the server but not the key would.
    const file = path.join(root, '.well-known/csaf/white/2026/exu-2026-001.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${file}.sha512`, `${await digestHex('SHA-512', new Uint8Array(readFileSync(file)))}  exu-2026-001.json\n`);
    const cache = await checkFeed({ feedUrl: metadataUrl, pins: [signer.fingerprint], revoked: [], held: undefined, baseline: [] }, io());
    expect(cache.rejections.map((r) => r.code)).toEqual(['signature-invalid']);
  });

  it('refuses an older version than the one held, and keeps the held one (no rollback)', async () => {
    const held = await check([{ doc: doc('3', '2026-11-25T00:00:00.000Z') }]);
    const cache = await check([{ doc: doc('2', '2026-11-20T00:00:00.000Z') }], held);
    expect(cache.rejections.map((r) => r.code)).toEqual(['older']);
    expect(cache.documents.map((d) => d.version)).toEqual(['3']);
  });

  it('refuses a newer version number with an older release date, and a changed document under the same version', async () => {
    const held = await check([{ doc: doc('2', '2026-11-25T00:00:00.000Z') }]);
    expect((await check([{ doc: doc('3', '2026-11-01T00:00:00.000Z') }], held)).rejections.map((r) => r.code)).toEqual(['older']);
    const changed = advisoryDoc('EXU-2026-001', '2', '2026-11-25T00:00:00.000Z', 'A different title');
    expect((await check([{ doc: changed }], held)).rejections.map((r) => r.code)).toEqual(['changed-same-version']);
  });

  it('refuses to roll a bundled advisory back to an older version', async () => {
    const cache = await check([{ doc: advisoryDoc('MS01-033', '1', '2001-01-01T00:00:00.000Z'), name: 'ms01-033.json' }]);
    expect(cache.rejections.map((r) => r.code)).toEqual(['older']);
  });

  it('refuses an oversize document without reading more of it', async () => {
    const big = doc();
    big.document.notes[0] = { category: 'summary', text: 'x'.repeat(FEED_LIMITS.documentBytes) };
    expect((await check([{ doc: big }])).rejections.map((r) => r.code)).toEqual(['too-large']);
  });

  it('reads at most the document limit, and says how many it left', async () => {
    const many = Array.from({ length: FEED_LIMITS.documents + 2 }, (_, i) => ({
      doc: doc('1', '2026-11-20T00:00:00.000Z', `EXU-2026-${1000 + i}`),
      unsigned: true,
    }));
    const requests: string[] = [];
    const cache = await check(many, undefined, [signer.fingerprint], requests);
    expect(cache.rejections[0]).toMatchObject({ code: 'too-many', detail: expect.stringContaining(`${FEED_LIMITS.documents + 2} listed`) });
    expect(requests.filter((r) => r.endsWith('.json') && r.includes('/2026/'))).toHaveLength(FEED_LIMITS.documents);
  }, 60_000);

  it('accepts nothing when no pinned key is in the metadata, and keeps what it held', async () => {
    const held = await check([{ doc: doc() }]);
    const cache = await check([{ doc: doc('2', '2026-11-25T00:00:00.000Z') }], held, ['0'.repeat(40)]);
    expect(cache.lastError?.code).toBe('no-key');
    expect(cache.documents).toEqual(held.documents);
    expect(cache.lastSuccessAt).toBe(held.lastSuccessAt);
  });

  it('keeps what it held when the provider is down', async () => {
    const held = await check([{ doc: doc() }]);
    rmSync(path.join(root, '.well-known'), { recursive: true, force: true });
    const cache = await checkFeed(
      { feedUrl: `${ORIGIN}/.well-known/csaf/provider-metadata.json`, pins: [signer.fingerprint], revoked: [], held, baseline: [] },
      io(),
    );
    expect(cache.lastError?.code).toBe('metadata');
    expect(cache.documents).toEqual(held.documents);
  });

  it('only asks the provider host, for the metadata, the pinned key, the index and each document with its hash and signature', async () => {
    const requests: string[] = [];
    await check([{ doc: doc() }], undefined, [signer.fingerprint], requests);
    expect(requests.map((r) => new URL(r).pathname)).toEqual([
      '/.well-known/csaf/provider-metadata.json',
      `/.well-known/csaf/openpgp/${signer.fingerprint}.asc`,
      '/.well-known/csaf/white/index.txt',
      '/.well-known/csaf/white/2026/exu-2026-001.json',
      '/.well-known/csaf/white/2026/exu-2026-001.json.sha512',
      '/.well-known/csaf/white/2026/exu-2026-001.json.asc',
    ]);
  });
});

describe('more than 100 documents over time (issue 18)', () => {
  const old = (i: number): HeldDocument => ({
    file: `${ORIGIN}/.well-known/csaf/white/2025/old-${i}.json`,
    trackingId: `OLD-${i}`,
    version: '2',
    currentReleaseDate: '2025-01-01T00:00:00.000Z',
    sha512: 'a'.repeat(128),
    signer: 'F'.repeat(40),
    verifiedAt: 1_000 + i,
    csaf: {},
    ref: { id: `OLD-${i}`, title: 'An old advisory', cves: [], affected: [], references: [] },
  });

  it('a new signed advisory is accepted and held when 100 are held already; the least recently verified unlisted one goes, and an older version of it is still refused', async () => {
    const first = await check([{ doc: doc() }]);
    const full: FeedCache = { ...first, documents: Array.from({ length: MAX_HELD }, (_, i) => old(i)) };
    const after = await check([{ doc: doc() }], full);
    expect(after.documents).toHaveLength(MAX_HELD);
    expect(after.documents.map((d) => d.trackingId)).toContain('EXU-2026-001');
    expect(after.documents.map((d) => d.trackingId)).not.toContain('OLD-0');
    expect(after.evicted).toEqual([{ id: 'OLD-0', version: '2', currentReleaseDate: '2025-01-01T00:00:00.000Z' }]);
    expect(after.rejections).toEqual([]);
    // A replay of an older version of the advisory let go is a rollback all the same.
    const replay = await check([{ doc: advisoryDoc('OLD-0', '1', '2024-06-01T00:00:00.000Z') }], after);
    expect(replay.rejections.map((r) => r.code)).toEqual(['older']);
    expect(replay.documents.map((d) => d.trackingId)).not.toContain('OLD-0');
  });

  it('evict keeps every listed document, drops the least recently verified unlisted ones first, and remembers their versions', () => {
    const docs = Array.from({ length: MAX_HELD + 3 }, (_, i) => old(i));
    const listed = new Set(docs.slice(0, 50).map((d) => d.file));
    const { documents, evicted } = evict(docs, listed, [{ id: 'OLDER', version: '1', currentReleaseDate: '2020-01-01T00:00:00.000Z' }]);
    expect(documents).toHaveLength(MAX_HELD);
    for (const d of docs.slice(0, 50)) expect(documents).toContain(d);
    // Unlisted are 50..102; the three least recently verified of them (50, 51, 52) go.
    // Newest first, so the record drops the oldest when it is full.
    expect(evicted.map((e) => e.id)).toEqual(['OLD-52', 'OLD-51', 'OLD-50', 'OLDER']);
    expect(evict(docs.slice(0, MAX_HELD), listed, []).documents).toHaveLength(MAX_HELD);
  });
});

describe('why a signature is refused, in the admin\u2019s terms (issue 18)', () => {
  it('a pinned key since revoked: "revoked", not "the file changed"', async () => {
    const revoked = createSigner('Revoked Key');
    try {
      // Signed while the key was good; then the key is revoked, and the provider serves the revoked key.
      const { metadataUrl } = writeProvider(root, ORIGIN, revoked, [{ doc: doc(), signer: revoked }]);
      revoked.revoke();
      writeFileSync(path.join(root, `.well-known/csaf/openpgp/${revoked.fingerprint}.asc`), revoked.armoredKey);
      const cache = await checkFeed(
        { feedUrl: metadataUrl, pins: [revoked.fingerprint], revoked: [], held: undefined, baseline: [] },
        io(),
      );
      expect(cache.rejections.map((r) => r.code)).toEqual(['key-revoked']);
      expect(cache.documents).toEqual([]);
    } finally {
      revoked.dispose();
    }
  });

  it('each cause the verifier gives has its own code: revoked, expired, bad signature, unknown signer', async () => {
    const { metadataUrl } = writeProvider(root, ORIGIN, signer, [{ doc: doc() }]);
    const codeFor = async (verified: Awaited<ReturnType<FeedIo<Key>['verify']>>) => {
      const fake = { ...io(), verify: async () => verified };
      const cache = await checkFeed({ feedUrl: metadataUrl, pins: [signer.fingerprint], revoked: [], held: undefined, baseline: [] }, fake);
      return cache.rejections.map((r) => r.code);
    };
    expect(await codeFor({ kind: 'invalid', cause: 'revoked', reason: 'Primary key is revoked' })).toEqual(['key-revoked']);
    expect(await codeFor({ kind: 'invalid', cause: 'expired', reason: 'Primary key is expired' })).toEqual(['key-expired']);
    expect(await codeFor({ kind: 'invalid', cause: 'bad', reason: 'Signed digest did not match' })).toEqual(['signature-invalid']);
    expect(await codeFor({ kind: 'unknown-key', keyId: 'ABCD' })).toEqual(['key-not-pinned']);
  });
});

describe('keys IT revokes in policy (issue 18)', () => {
  it('refuses what a revoked key signs even while it is pinned and served unrevoked, and names the policy', async () => {
    const cache = await check([{ doc: doc() }], undefined, [signer.fingerprint, stranger.fingerprint], [], [signer.fingerprint]);
    expect(cache.documents).toEqual([]);
    expect(cache.rejections).toEqual([
      expect.objectContaining({ code: 'key-revoked', detail: `AdvisoryFeedRevokedKeys: …${signer.fingerprint.slice(-16)}` }),
    ]);
    expect(cache.lastError).toBeUndefined();
  });

  it('with every pin revoked, the check fails as "no pinned key" and fetches no document', async () => {
    const requests: string[] = [];
    const cache = await check([{ doc: doc() }], undefined, [signer.fingerprint], requests, [signer.fingerprint]);
    expect(cache.lastError?.code).toBe('no-key');
    expect(requests.some((r) => r.endsWith('.json') && !r.endsWith('provider-metadata.json'))).toBe(false);
  });

  it('drops what the revoked key signed earlier, keeps no version floor from it, and accepts the next key’s document', async () => {
    const first = await check([{ doc: doc('999') }]);
    expect(first.documents.map((d) => d.version)).toEqual(['999']);
    // The key is revoked, its successor pinned: version 2 signed by the new key is no rollback below the revoked 999.
    const next = await check(
      [{ doc: doc('2', '2026-11-25T00:00:00.000Z'), signer: stranger }],
      first,
      [signer.fingerprint, stranger.fingerprint],
      [],
      [signer.fingerprint],
    );
    expect(next.documents.map((d) => [d.version, d.signer])).toEqual([['2', stranger.fingerprint]]);
    expect(next.rejections).toEqual([]);
    // The record of the withdrawal is there for the check that could not run: the cache the policy change leaves.
    const failed = await checkFeed(
      {
        feedUrl: 'https://csaf.example.edu/missing/provider-metadata.json',
        pins: [signer.fingerprint],
        revoked: [signer.fingerprint],
        held: { ...first, source: 'https://csaf.example.edu/missing/provider-metadata.json' },
        baseline: [],
      },
      io(),
    );
    expect(failed.documents).toEqual([]);
    expect(failed.rejections.map((r) => r.code)).toEqual(['key-withdrawn']);
  });
});
