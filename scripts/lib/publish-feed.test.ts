import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advisoryDoc, createSigner, type GpgSigner } from '../../tests/fixtures/feed/gpg-provider';
import { publishFeed } from './publish-feed';

// `npm run feed` with real GnuPG in a throwaway home: what it writes, the extension's check accepts; what that check
// would refuse, it never writes.
let signer: GpgSigner;
let work: string;
const gpg = (args: string[]) =>
  execFileSync('gpg', ['--homedir', signer.home, '--batch', '--no-tty', '--quiet', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const URL_ = 'https://www.example.edu';
const csaf = path.join('.well-known', 'csaf');

function source(name: string, doc: unknown): string {
  const file = path.join(work, name);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}
const publish = (out: string, files: string[], key = signer.fingerprint) =>
  publishFeed({ key, out, files, gpg, now: () => new Date('2026-12-01T00:00:00Z') });

beforeAll(() => {
  signer = createSigner();
  work = mkdtempSync(path.join(tmpdir(), 'cra-publish-'));
}, 60_000);
afterAll(() => {
  signer?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run feed', () => {
  it('writes the whole provider folder: metadata with the key, documents under their CSAF names, index, changes, hashes, signatures', async () => {
    const out = mkdtempSync(path.join(work, 'out-'));
    const a = source('a.json', advisoryDoc('EXU-2026:001', '1', '2026-11-20T00:00:00.000Z'));
    const b = source('b.json', advisoryDoc('EXU-2026-002', '1', '2026-11-22T00:00:00.000Z'));
    const result = await publish(out, [a, b]);
    expect(result).toMatchObject({ ok: true, metadataUrl: `${URL_}/.well-known/csaf/provider-metadata.json` });
    const read = (rel: string) => readFileSync(path.join(out, csaf, rel), 'utf8');
    const meta = JSON.parse(read('provider-metadata.json')) as Record<string, unknown>;
    expect(meta).toMatchObject({
      canonical_url: `${URL_}/.well-known/csaf/provider-metadata.json`,
      distributions: [{ directory_url: `${URL_}/.well-known/csaf/white/` }],
      public_openpgp_keys: [{ fingerprint: signer.fingerprint, url: `${URL_}/.well-known/csaf/openpgp/${signer.fingerprint}.asc` }],
      metadata_version: '2.0',
      role: 'csaf_provider',
      last_updated: '2026-12-01T00:00:00.000Z',
    });
    expect(read(`openpgp/${signer.fingerprint}.asc`)).toContain('BEGIN PGP PUBLIC KEY BLOCK');
    expect(read('white/index.txt')).toBe('2026/exu-2026-002.json\n2026/exu-2026_001.json\n');
    expect(read('white/changes.csv')).toBe(
      '"2026/exu-2026-002.json","2026-11-22T00:00:00.000Z"\n"2026/exu-2026_001.json","2026-11-20T00:00:00.000Z"\n',
    );
    // The bytes given are the bytes served, hashed and signed.
    const served = readFileSync(path.join(out, csaf, 'white/2026/exu-2026_001.json'));
    expect(served.equals(readFileSync(a))).toBe(true);
    expect(read('white/2026/exu-2026_001.json.sha512')).toBe(`${createHash('sha512').update(served).digest('hex')}  exu-2026_001.json\n`);
    expect(read('white/2026/exu-2026_001.json.asc')).toContain('BEGIN PGP SIGNATURE');
    // No build folder is left beside it.
    expect(readdirSync(path.join(out, '.well-known'))).toEqual(['csaf']);
  });

  it('refuses a rollback from the folder already published, and leaves that folder as it was', async () => {
    const out = mkdtempSync(path.join(work, 'out-'));
    expect((await publish(out, [source('v2.json', advisoryDoc('EXU-2026-003', '2', '2026-11-22T00:00:00.000Z'))])).ok).toBe(true);
    const before = readFileSync(path.join(out, csaf, 'white/2026/exu-2026-003.json'), 'utf8');
    const result = await publish(out, [source('v1.json', advisoryDoc('EXU-2026-003', '1', '2026-11-21T00:00:00.000Z'))]);
    expect(result).toMatchObject({ ok: false, refused: true });
    expect(result.ok ? [] : result.problems).toEqual([expect.stringContaining('Older than the version already held')]);
    expect(readFileSync(path.join(out, csaf, 'white/2026/exu-2026-003.json'), 'utf8')).toBe(before);
    // Republishing the same set, or a smaller one, is no rollback.
    expect((await publish(out, [source('v2b.json', advisoryDoc('EXU-2026-004', '1', '2026-11-23T00:00:00.000Z'))])).ok).toBe(true);
  });

  it('refuses what the extension refuses: older than a bundled advisory', async () => {
    const out = mkdtempSync(path.join(work, 'out-'));
    const result = await publish(out, [source('ms.json', advisoryDoc('MS01-033', '0.1', '2001-06-01T00:00:00.000Z'))]);
    expect(result).toMatchObject({ ok: false, refused: true });
    expect(existsSync(path.join(out, csaf))).toBe(false);
  });

  it('names each bad input, and writes nothing', async () => {
    const out = mkdtempSync(path.join(work, 'out-'));
    const good = source('g.json', advisoryDoc('EXU-2026-005', '1', '2026-11-20T00:00:00.000Z'));
    writeFileSync(path.join(work, 'bad.json'), '{ not json');
    writeFileSync(path.join(work, 'other.json'), JSON.stringify({ document: { category: 'csaf_base' } }));
    const problems = async (files: string[], key?: string) => {
      const r = await publish(out, files, key);
      return r.ok ? [] : r.problems;
    };
    expect(await problems([good, path.join(work, 'bad.json')])).toEqual([`${path.join(work, 'bad.json')}: not JSON`]);
    expect((await problems([path.join(work, 'other.json')]))[0]).toContain('not a CSAF security advisory');
    expect((await problems([good, good]))[0]).toContain('tracking id EXU-2026-005 is given twice');
    expect(await problems([path.join(work, 'missing.json')])).toEqual([`${path.join(work, 'missing.json')}: no such file`]);
    expect((await problems([good], 'ABCD'))[0]).toContain('not an OpenPGP fingerprint');
    expect((await problems([good], 'F'.repeat(40)))[0]).toContain('GnuPG has no secret key');
    expect(await problems([])).toEqual(['no CSAF documents given']);
    expect(existsSync(path.join(out, csaf))).toBe(false);
  });

  it('answers a signing subkey’s fingerprint with the primary key’s, the one to pin', async () => {
    gpg(['--passphrase', '', '--quick-add-key', signer.fingerprint, 'ed25519', 'sign', 'never']);
    const sub = /^ssb:[^\n]*\nfpr:+([0-9A-F]{40}):/m.exec(gpg(['--with-colons', '--list-secret-keys', signer.fingerprint]))?.[1];
    expect(sub).toBeDefined();
    const out = mkdtempSync(path.join(work, 'out-'));
    const r = await publish(out, [source('s.json', advisoryDoc('EXU-2026-006', '1', '2026-11-20T00:00:00.000Z'))], sub);
    expect(r.ok ? [] : r.problems).toEqual([expect.stringContaining(`pass the primary key's fingerprint, ${signer.fingerprint}`)]);
  });
});
