import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryEntries, zipEntries } from '../../scripts/lib/zip';

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}

describe("Mozilla's addons-linter on the Firefox release zip", () => {
  it('reports no errors, and no warning but Preact\u2019s own innerHTML code path', { timeout: 60_000 }, async () => {
    // The zip npm run release ships: the same bytes (tests/built/reproducible-source.test.ts rebuilds it from source).
    const dir = mkdtempSync(path.join(tmpdir(), 'cra-lint-'));
    const zip = path.join(dir, 'code-red-advisor-firefox.zip');
    writeFileSync(zip, await zipEntries(directoryEntries('.output/firefox-mv3')));
    const run = spawnSync('npx', ['addons-linter', zip, '--output', 'json'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    const report = JSON.parse(run.stdout) as { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] };
    expect(report.errors).toEqual([]);
    // Preact supports dangerouslySetInnerHTML, which our code never uses (ESLint forbids it); the linter sees the library's branch,
    // once per copy of Preact: the popup's first chunk has its own (issue 19, scripts/lib/popup-own-modules.ts), the settings page another.
    for (const w of report.warnings) expect([w.code, w.message]).toEqual(['UNSAFE_VAR_ASSIGNMENT', 'Unsafe assignment to innerHTML']);
    expect(report.warnings.map((w) => (w.file ?? '').split('-')[0]).sort()).toEqual(
      report.warnings.length === 0 ? [] : ['chunks/options', 'chunks/popup'],
    );
  });
});
