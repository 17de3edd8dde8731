import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChecklists } from './stored';
import { buildSecurityReport } from '../report/report';
import { SEED_ORGANIZATION } from '../policy/organization';
import { isoTime } from '../text/time-value';
import { readScanReport } from '../storage/stored-report';
import { reconcile } from './attestation';
import { anyOr } from '../../tests/fuzz/hostile';
import { T, exposedFinding, validChecklists, validReport } from '../../tests/fuzz/samples';

describe('fuzz: the stored checklist reader', () => {
  it('never throws, keeps times Date can show, and what it gives builds a report and reconciles', () => {
    fc.assert(
      fc.property(anyOr(validChecklists()), anyOr(validReport), (raw, rawReport) => {
        const { checklists, problems } = readChecklists(raw);
        expect(problems.length).toBeLessThanOrEqual(5);
        for (const p of Object.values(checklists)) {
          expect(isoTime(p.startedAt)).not.toBe('?');
          for (const s of Object.values(p.steps)) expect(isoTime(s.at)).not.toBe('?');
          reconcile(p, exposedFinding, 1_700_000_009_000);
        }
        const scan = readScanReport(rawReport) ?? validReport;
        const report = buildSecurityReport({ org: SEED_ORGANIZATION, scan, checklists, now: 1_700_000_010_000, version: '0.1.0' });
        expect(() => new URL(report.mailto ?? 'mailto:x')).not.toThrow();
      }),
    );
  });

  it('regression: an unknown verdict where the walk started is left out, and the report still builds', () => {
    const raw = validChecklists();
    (raw[T] as { found: unknown }).found = { verdict: 'pwned', banner: null, checkedAt: 1 };
    const { checklists } = readChecklists(raw);
    expect(checklists[T]?.found).toBeUndefined();
    expect(() => buildSecurityReport({ org: SEED_ORGANIZATION, scan: validReport, checklists, now: 2, version: '0' })).not.toThrow();
  });

  it('regression: a fingerprint that is not JSON drops the attestation instead of breaking every scan', () => {
    const raw = validChecklists();
    (raw[T] as { attestation: unknown }).attestation = { at: 5, fingerprint: '{not json' };
    const { checklists } = readChecklists(raw);
    expect(checklists[T]?.attestation).toBeUndefined();
  });

  it('regression: an attestation time beyond Date\u2019s range is left out', () => {
    const raw = validChecklists();
    (raw[T] as { attestation: { at: number } }).attestation.at = 9e15;
    expect(readChecklists(raw).checklists[T]?.attestation).toBeUndefined();
  });

  it('regression (found by fast-check): a finding whose target is "toString" is not given Object\u2019s toString as its walk', () => {
    const scan = { ...validReport, results: [{ ...validReport.results[0], target: 'toString' }] } as typeof validReport;
    expect(() => buildSecurityReport({ org: SEED_ORGANIZATION, scan, checklists: {}, now: 2, version: '0' })).not.toThrow();
    expect(readChecklists(JSON.parse('{"__proto__": {"startedAt": 1, "answers": {}, "steps": {}}}')).checklists).toEqual({});
  });

  it('regression: 5,000 junk entries give a handful of notices, not thousands', () => {
    const raw = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`junk${i}`, i]));
    expect(readChecklists(raw).problems.length).toBeLessThanOrEqual(5);
  });
});
