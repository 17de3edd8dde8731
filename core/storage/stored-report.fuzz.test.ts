import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanReportV1toV2, scanReportV2toV3, scanReportV3toV4 } from './migrations';
import { readScanReport } from './stored-report';
import { BODY_SIGNATURES } from '../verdict/signatures';
import { isoTime } from '../text/time-value';
import { VERDICTS } from '../verdict/verdict';
import { anyOr } from '../../tests/fuzz/hostile';
import { validReport } from '../../tests/fuzz/samples';

describe('fuzz: the stored report reader', () => {
  it('never throws, and gives only times Date can show and tokens from the vocabulary', () => {
    fc.assert(
      fc.property(anyOr(validReport), (raw) => {
        const report = readScanReport(raw);
        if (report === null) return;
        for (const time of [report.startedAt, report.finishedAt]) expect(isoTime(time)).not.toBe('?');
        for (const r of report.results) {
          expect(VERDICTS).toContain(r.verdict);
          expect(isoTime(r.checkedAt)).not.toBe('?');
          for (const q of r.requests) {
            expect(isoTime(q.startedAt)).not.toBe('?');
            for (const s of q.signatures ?? []) expect(BODY_SIGNATURES).toContain(s);
          }
        }
      }),
    );
  });

  it('keeps a valid report as it is', () => {
    expect(readScanReport(validReport)).toEqual(validReport);
  });

  it('regression: a checkedAt beyond Date\u2019s range leaves that finding out', () => {
    const bad = { ...validReport, results: [{ ...validReport.results[0], checkedAt: 1e300 }, validReport.results[1]] };
    expect(readScanReport(bad)?.results.map((r) => r.target)).toEqual(['http://localhost/']);
  });
});

describe('regressions fast-check found', () => {
  it('a sparse list of requests leaves that finding out', () => {
    const requests = [validReport.results[0]?.requests[0]];
    requests.length = 3;
    const bad = { ...validReport, results: [{ ...validReport.results[0], requests }] };
    expect(readScanReport(bad)?.results).toEqual([]);
  });

  it('a migration passes a null finding on for the reader to leave out', () => {
    const raw = { ...validReport, results: [validReport.results[0], null] };
    expect(readScanReport(scanReportV2toV3(scanReportV1toV2(raw)))?.results).toHaveLength(1);
  });
});

describe('fuzz: lastScan migrations', () => {
  it('never throw, and what they give is read like anything else in storage', () => {
    fc.assert(
      fc.property(anyOr(validReport), (raw) => {
        readScanReport(scanReportV3toV4(scanReportV2toV3(scanReportV1toV2(raw))));
      }),
    );
  });
});
