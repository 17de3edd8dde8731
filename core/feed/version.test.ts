import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVersions, isCsafVersion } from './version';

describe('CSAF versions', () => {
  it('compares integers and semantic versions by number', () => {
    expect(compareVersions('10', '9')).toBe(1);
    expect(compareVersions('2', '2')).toBe(0);
    expect(compareVersions('1.2.0', '1.10.0')).toBe(-1);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBe(-1);
    expect(compareVersions('1.0.0', '1.0.0+build.5')).toBe(0);
  });

  it('refuses what is not a version', () => {
    for (const bad of ['', 'v1', '01', '1.0', '1.0.0.0', ' 1', '1e3']) {
      expect(isCsafVersion(bad)).toBe(false);
      expect(compareVersions(bad, '1')).toBeUndefined();
    }
  });

  it('is an order: antisymmetric on any input, never throwing', () => {
    const version = fc.oneof(
      fc.nat({ max: 20 }).map(String),
      fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)).map((p) => p.join('.')),
      fc.string(),
    );
    fc.assert(
      fc.property(version, version, (a, b) => {
        const ab = compareVersions(a, b);
        const ba = compareVersions(b, a);
        if (ab === undefined) expect(ba).toBeUndefined();
        else expect(ab).toBe(-(ba as number) || 0);
      }),
    );
  });
});
