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

  it('orders pre-releases as semver §11 does: 1.0.0-rc.10 is newer than rc.9 (issue 18)', () => {
    expect(compareVersions('1.0.0-rc.10', '1.0.0-rc.9')).toBe(1);
    // The specification's own example, each older than the next.
    const chain = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    for (let i = 0; i + 1 < chain.length; i++) {
      expect(compareVersions(chain[i] as string, chain[i + 1] as string), `${chain[i]} < ${chain[i + 1]}`).toBe(-1);
      expect(compareVersions(chain[i + 1] as string, chain[i] as string)).toBe(1);
    }
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
      fc
        .tuple(
          fc.nat(2),
          fc.array(fc.oneof(fc.nat(12).map(String), fc.constantFrom('rc', 'alpha', 'beta', '0a')), { minLength: 1, maxLength: 3 }),
        )
        .map(([minor, pre]) => `1.${minor}.0-${pre.join('.')}`),
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
