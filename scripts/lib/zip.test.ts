import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directoryEntries, unzipEntries, zipEntries } from './zip';

describe('zipEntries', () => {
  it('gives the same bytes for the same files, in whatever order and at whatever time they come', async () => {
    const a = { name: 'b/two.txt', data: Buffer.from('two') };
    const b = { name: 'a.json', data: Buffer.from('{"one":1}') };
    const first = await zipEntries([a, b]);
    await new Promise((r) => setTimeout(r, 1100)); // a zip stores seconds (in twos): a clock in the bytes would show
    const second = await zipEntries([b, a]);
    expect(second.equals(first)).toBe(true);
    expect(first.equals(await zipEntries([a, { ...b, data: Buffer.from('{"one":2}') }]))).toBe(false);
  });

  it('reads back exactly what it was given, sorted by name', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Names as a build writes them: no segment is . or .. (yazl refuses those, as it should).
        fc.uniqueArray(
          fc.record({
            name: fc.stringMatching(/^[a-z0-9_-][a-z0-9_.-]{0,11}(?:\/[a-z0-9_-][a-z0-9_.-]{0,11})?$/),
            data: fc.uint8Array({ maxLength: 200 }),
          }),
          {
            selector: (e) => e.name,
            maxLength: 8,
          },
        ),
        async (files) => {
          const entries = files.map((f) => ({ name: f.name, data: Buffer.from(f.data) }));
          const back = await unzipEntries(await zipEntries(entries));
          expect(back.map((e) => e.name)).toEqual(entries.map((e) => e.name).sort());
          for (const e of back) expect(e.data.equals(entries.find((x) => x.name === e.name)?.data ?? Buffer.alloc(1))).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('names a folder’s files relative to it, with forward slashes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cra-zip-'));
    try {
      mkdirSync(path.join(dir, 'chunks'));
      writeFileSync(path.join(dir, 'manifest.json'), '{}');
      writeFileSync(path.join(dir, 'chunks', 'popup.js'), 'x');
      expect(
        directoryEntries(dir)
          .map((e) => e.name)
          .sort(),
      ).toEqual(['chunks/popup.js', 'manifest.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
