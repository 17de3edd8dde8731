import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/INTERNALS.md says each core module has its tests beside it. This keeps
 * that true: every module in core/ is imported by a test in its own folder.
 */
function coreFolders(dir = 'core'): string[] {
  const sub = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'csaf');
  return [dir, ...sub.flatMap((e) => coreFolders(path.join(dir, e.name)))];
}

describe('the layout shows the architecture', () => {
  it('core/ holds folders, not loose modules', () => {
    const loose = readdirSync('core', { withFileTypes: true }).filter((e) => e.isFile());
    expect(loose.map((e) => e.name)).toEqual([]);
  });

  it.each(coreFolders().filter((d) => d !== 'core'))('every module in %s is imported by a test beside it', (dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    const tests = files.filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    const modules = files.filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.d.ts')).map((f) => f.slice(0, -3));
    const untested = modules.filter((m) => !tests.some((t) => t.includes(`from './${m}'`)));
    expect(untested).toEqual([]);
  });
});
