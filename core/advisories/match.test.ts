import { describe, expect, it } from 'vitest';
import type { Verdict } from '../verdict/verdict';
import { BUNDLED_ADVISORIES } from './catalog';
import { iisVersion, matchAdvisories } from './match';
import type { Advisory } from './types';
import { fakeResult } from '../../tests/fixtures/results';

const finding = (verdict: Verdict, banner: string | null) => fakeResult('http://127.0.0.1/', verdict, { banner });

const ids = (verdict: Verdict, banner: string | null, catalog: readonly Advisory[] = BUNDLED_ADVISORIES) =>
  matchAdvisories(finding(verdict, banner), catalog).map((m) => m.advisory.id);

describe('matchAdvisories', () => {
  it('puts the Code Red advisories first for an infected server', () => {
    const matched = ids('infected', 'Microsoft-IIS/5.0');
    expect(matched.slice(0, 4).sort()).toEqual(['BU-2001.09', 'CA-2001-19', 'CA-2001-23', 'IN-2001-09']);
    expect(matched).toContain('MS01-033');
  });

  it.each<Verdict>(['exposed', 'possibly-vulnerable', 'mitigated'])('links a %s IIS 5.0 to every IIS 5.0 advisory', (verdict) => {
    expect(ids(verdict, 'Microsoft-IIS/5.0')).toEqual(BUNDLED_ADVISORIES.map((a) => a.id));
  });

  it('matches by version', () => {
    const only40 = BUNDLED_ADVISORIES.map((a) =>
      a.id === 'MS01-044' ? { ...a, affected: a.affected.filter((p) => p.version === '4.0') } : a,
    );
    expect(ids('exposed', 'Microsoft-IIS/5.0', only40)).not.toContain('MS01-044');
    expect(ids('exposed', 'Microsoft-IIS/4.0', only40)).toContain('MS01-044');
  });

  it('links an exposed server without a banner to every IIS advisory', () => {
    expect(ids('exposed', null)).toHaveLength(BUNDLED_ADVISORIES.length);
  });

  it('marks advisories for an unknown server as "may apply"', () => {
    const matches = matchAdvisories(finding('unknown', null), BUNDLED_ADVISORIES);
    expect(matches.length).toBeGreaterThan(0);
    expect(new Set(matches.map((m) => m.certainty))).toEqual(new Set(['may-apply']));
  });

  it.each<Verdict>(['not-affected', 'unreachable'])('links nothing to a %s finding', (verdict) => {
    expect(ids(verdict, 'Apache/2.4')).toEqual([]);
  });
});

describe('iisVersion', () => {
  it.each([
    ['Microsoft-IIS/5.0', '5.0'],
    ['Microsoft-IIS/4.0', '4.0'],
    ['Microsoft-IIS/6.0', undefined],
    [null, undefined],
    ['<b>', undefined],
  ])('%s → %s', (banner, version) => {
    expect(iisVersion(banner)).toBe(version);
  });
});
