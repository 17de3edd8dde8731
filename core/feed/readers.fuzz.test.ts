import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldProblem, readFeedCache } from './cache';
import { feedLocations, readIndex, readProviderMetadata } from './provider';

// Every reader of what a provider serves, or of what storage holds, takes anything without throwing and keeps its promises.
const META = 'https://csaf.example.edu/.well-known/csaf/provider-metadata.json';
const DIR = 'https://csaf.example.edu/.well-known/csaf/white/';
const urlish = fc.oneof(
  fc.constantFrom(DIR, `${DIR}2026/a.json`, 'https://evil.example/x.json', '../../x.json', 'javascript:alert(1)', '//evil.example/a.json'),
  fc.webUrl(),
  fc.string(),
);

describe('feed readers, fuzzed', () => {
  it('provider metadata: any JSON or text gives directories and keys on the feed origin only', () => {
    const metadata = fc.record(
      {
        distributions: fc.array(fc.oneof(fc.record({ directory_url: urlish }), fc.record({ rolie: fc.anything() }), fc.anything()), {
          maxLength: 30,
        }),
        public_openpgp_keys: fc.array(fc.record({ fingerprint: fc.oneof(fc.stringMatching(/^[0-9a-f]{40}$/), fc.string()), url: urlish }), {
          maxLength: 30,
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          metadata.map((m) => JSON.stringify(m)),
          fc.string(),
          fc.anything().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const r = readProviderMetadata(text, META);
          if (r.ok) {
            for (const d of r.metadata.directories) expect(new URL(d).origin).toBe('https://csaf.example.edu');
            for (const k of r.metadata.keys) expect(new URL(k.url).origin).toBe('https://csaf.example.edu');
            expect(r.metadata.directories.length).toBeLessThanOrEqual(20);
          } else expect(r.problem.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('index.txt: only .json files under the directory, each once', () => {
    fc.assert(
      fc.property(
        fc.array(urlish, { maxLength: 50 }).map((lines) => lines.join('\n')),
        (text) => {
          const files = readIndex(text, DIR);
          expect(new Set(files).size).toBe(files.length);
          for (const f of files) {
            expect(f.startsWith(DIR)).toBe(true);
            expect(new URL(f).pathname.endsWith('.json')).toBe(true);
          }
        },
      ),
    );
  });

  it('the feed URL: a metadata URL or a directory, never throwing on a valid URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        const where = feedLocations(url);
        expect(new URL(where.metadata).origin).toBe(new URL(url).origin);
      }),
    );
  });

  it('the stored cache: anything reads as a cache or as nothing, and what is kept is sound', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.record({ source: fc.string(), documents: fc.array(fc.anything()), rejections: fc.array(fc.anything()) }),
        (junk, shaped) => {
          for (const raw of [junk, shaped]) {
            const cache = readFeedCache(raw);
            if (cache) {
              expect(typeof cache.source).toBe('string');
              for (const d of cache.documents) expect(d.ref.id).toBe(d.trackingId);
            }
          }
        },
      ),
    );
  });
});

describe('feed cache: what the checker accepts reads back', () => {
  const text = (max: number) => fc.string({ maxLength: max });
  const held = fc.record({
    file: fc.webUrl(),
    trackingId: fc.oneof(
      text(30),
      fc.integer({ min: 190, max: 230 }).map((n) => 'I'.repeat(n)),
    ),
    version: text(10),
    currentReleaseDate: fc.constant('2026-11-20T00:00:00.000Z'),
    sha512: fc.constant('ab'.repeat(64)),
    signer: fc.constant('A'.repeat(40)),
    verifiedAt: fc.integer({ min: 0, max: 2_000_000_000_000 }),
    csaf: fc.constant({ document: {} }),
    title: fc.oneof(
      text(60),
      fc.integer({ min: 900, max: 1200 }).map((n) => 'T'.repeat(n)),
    ),
    cves: fc.array(text(20), { maxLength: 230 }),
    references: fc.array(fc.record({ url: fc.webUrl(), status: fc.constantFrom('live' as const, 'historic' as const) }), {
      maxLength: 220,
    }),
  });
  it('a document heldProblem passes is kept by readFeedCache exactly as written; one it names is never accepted', () => {
    fc.assert(
      fc.property(held, ({ title, cves, references, ...rest }) => {
        const document = { ...rest, ref: { id: rest.trackingId, title, cves, affected: [], references } };
        const read = readFeedCache(
          JSON.parse(JSON.stringify({ source: 'https://it.example/feed', documents: [document], rejections: [] })),
        );
        if (heldProblem(document) === undefined) expect(read?.documents).toEqual([document]);
        else expect(read?.documents).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

describe('feed cache: the versions of documents let go read back', () => {
  it('any record evict can write reads back the same', () => {
    const seen = fc.record({
      id: fc.string({ minLength: 1, maxLength: 40 }),
      version: fc.oneof(fc.nat(99).map(String), fc.constant('1.0.0-rc.10')),
      currentReleaseDate: fc.constant('2026-01-01T00:00:00.000Z'),
    });
    fc.assert(
      fc.property(fc.array(seen, { maxLength: 50 }), (evicted) => {
        const cache = { source: 'https://it.example/feed', documents: [], rejections: [], ...(evicted.length > 0 ? { evicted } : {}) };
        expect(readFeedCache(JSON.parse(JSON.stringify(cache)))).toEqual(cache);
      }),
    );
  });
});
