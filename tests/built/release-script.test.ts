import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// npm run release refuses, before it tests or builds anything, a tree that is not a commit and a version with no
// changelog entry. Run in a throwaway git repository, so nothing here is built.
const dir = mkdtempSync(path.join(tmpdir(), 'cra-release-'));
const release = (...args: string[]) =>
  spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/release.ts'), ...args], { cwd: dir, encoding: 'utf8' });
const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run release', () => {
  it('wants --key and --base-url together', () => {
    expect(release('--key', 'k.pem').stderr).toContain('--key and --base-url go together');
  });

  it('refuses outside a git checkout, then with uncommitted changes, then without a changelog entry', () => {
    expect(release().stderr).toContain('this is not a git checkout');
    git('init', '-q');
    writeFileSync(path.join(dir, 'package.json'), '{ "version": "3.1.4" }\n');
    const dirty = release();
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toContain('the tree has uncommitted changes');
    expect(dirty.stderr).toContain('package.json');
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changelog\n\n## 3.1.3\n- older\n');
    git('add', '-A');
    git('commit', '-qm', 'one');
    const noEntry = release();
    expect(noEntry.status).toBe(1);
    expect(noEntry.stderr).toContain('CHANGELOG.md has no entry for 3.1.4');
  });
});
