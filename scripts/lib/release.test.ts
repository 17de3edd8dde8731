import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REBUILD_COMMANDS,
  buildingInstructions,
  changelogHasVersion,
  packageVersion,
  releaseNames,
  sha256Sums,
  sourceEntries,
} from './release';

describe('changelogHasVersion', () => {
  it('finds a version heading, with or without brackets and a date', () => {
    expect(changelogHasVersion('# Changelog\n\n## 0.2.0 — 2027-01-05\n- x\n\n## 0.1.0\n', '0.1.0')).toBe(true);
    expect(changelogHasVersion('## [0.2.0] - 2027-01-05\n', '0.2.0')).toBe(true);
    expect(changelogHasVersion('## 0.2.0\n', '0.2.1')).toBe(false);
    expect(changelogHasVersion('## 0.2.10\n', '0.2.1')).toBe(false);
    expect(changelogHasVersion('### 0.2.1\n- 0.2.1 mentioned\n', '0.2.1')).toBe(false);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.string({ maxLength: 20 }),
        (text, v) => typeof changelogHasVersion(text, v) === 'boolean',
      ),
    );
  });

  it('the project’s CHANGELOG.md has an entry for package.json’s version', () => {
    expect(changelogHasVersion(readFileSync('CHANGELOG.md', 'utf8'), packageVersion())).toBe(true);
  });
});

describe('sha256Sums', () => {
  it('writes what sha256sum -c reads, sorted by name', () => {
    const sums = sha256Sums([
      { name: 'b.zip', data: Buffer.from('b') },
      { name: 'a.zip', data: Buffer.from('a') },
    ]);
    const hex = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(sums).toBe(`${hex('a')}  a.zip\n${hex('b')}  b.zip\n`);
  });
});

describe('the source bundle', () => {
  it('holds every tracked file and BUILDING.md, which names the version, the Node release and the commands', () => {
    const building = buildingInstructions('9.9.9', '24.21.0', '11.6.2');
    const entries = sourceEntries('.', building);
    const names = entries.map((e) => e.name);
    for (const name of ['package.json', 'package-lock.json', 'wxt.config.ts', 'scripts/lib/zip.ts', 'BUILDING.md'])
      expect(names).toContain(name);
    expect(names.some((n) => n.startsWith('node_modules/') || n.startsWith('.output/'))).toBe(false);
    expect(building).toContain(releaseNames('9.9.9').firefoxZip);
    expect(building).toContain('Node.js 24.21.0');
    for (const command of REBUILD_COMMANDS) expect(building).toContain(`\n${command}\n`);
  });
});
