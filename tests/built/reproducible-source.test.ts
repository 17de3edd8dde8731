import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REBUILD_COMMANDS, packageVersion, releaseNames, sourceBundleEntries } from '../../scripts/lib/release';
import { directoryEntries, unzipEntries, zipEntries } from '../../scripts/lib/zip';

/** The environment a reviewer's shell passes on. */
const SHELL_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LC_ALL', 'TMPDIR', 'TERM'];

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The shell commands in the first ```sh block of BUILDING.md. */
function commandsIn(building: string): string[] {
  const start = building.indexOf('```sh\n');
  const end = building.indexOf('\n```', start + 6);
  return start < 0 || end < 0 ? [] : building.slice(start + 6, end).split('\n');
}

describe('the AMO source bundle', () => {
  it('rebuilds the Firefox zip byte for byte: unpacked in an empty folder, with BUILDING.md’s own commands', async () => {
    // The Firefox build this suite tested, zipped as npm run zip:firefox zips it.
    const tested = await zipEntries(directoryEntries('.output/firefox-mv3'));

    const version = packageVersion();
    const bundle = await zipEntries(sourceBundleEntries());

    const dir = mkdtempSync(path.join(tmpdir(), 'cra-amo-review-'));
    try {
      for (const entry of await unzipEntries(bundle)) {
        mkdirSync(path.dirname(path.join(dir, entry.name)), { recursive: true });
        writeFileSync(path.join(dir, entry.name), entry.data);
      }
      const commands = commandsIn(readFileSync(path.join(dir, 'BUILDING.md'), 'utf8'));
      expect(commands).toEqual([...REBUILD_COMMANDS]);
      // What a reviewer's shell has, and nothing of this test run's: vitest sets NODE_ENV=test, which changes the build.
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => SHELL_ENV.includes(key)));
      for (const command of commands) {
        const result = spawnSync('sh', ['-c', command], { cwd: dir, env, encoding: 'utf8', timeout: 600_000 });
        expect(result.status, `${command}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`).toBe(0);
      }
      const rebuilt = readFileSync(path.join(dir, '.output/release', releaseNames(version).firefoxZip));
      expect(sha256(rebuilt), `rebuilt in ${dir}`).toBe(sha256(tested));
    } finally {
      if (!process.env.CRA_KEEP_REVIEW_DIR) rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
