import { describe, expect, it } from 'vitest';
import { readScanReport } from './stored-report';
import { fakeReport, fakeResult } from '../../tests/fixtures/results';

describe('readScanReport', () => {
  it('keeps a good report', () => {
    const report = fakeReport([fakeResult('http://localhost/', 'exposed')]);
    expect(readScanReport(report)).toEqual(report);
  });

  it.each([null, 'garbage', 7, {}, { results: 'x', finishedAt: 1 }, { results: [] }])('reads %j as not checked yet', (raw) => {
    expect(readScanReport(raw)).toBeNull();
  });

  it('leaves out broken findings', () => {
    const good = fakeResult('http://localhost/', 'exposed');
    const report = readScanReport({ ...fakeReport([good]), results: [good, { target: 'x', verdict: 'pwned' }, null] });
    expect(report?.results).toEqual([good]);
  });
});
