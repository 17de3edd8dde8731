import { describe, expect, it } from 'vitest';
import { newAlerts } from './alerts';
import { fakeReport, fakeResult } from '../../tests/fixtures/results';

const T = 'http://127.0.0.1:8080/';

describe('newAlerts', () => {
  it('alerts for a newly exposed or infected server', () => {
    expect(newAlerts(null, fakeReport([fakeResult(T, 'exposed')])).map((r) => r.target)).toEqual([T]);
    expect(newAlerts(fakeReport([fakeResult(T, 'exposed')]), fakeReport([fakeResult(T, 'infected')]))).toHaveLength(1);
  });

  it('stays quiet when nothing got worse', () => {
    expect(newAlerts(fakeReport([fakeResult(T, 'exposed')]), fakeReport([fakeResult(T, 'exposed')]))).toEqual([]);
    expect(newAlerts(null, fakeReport([fakeResult(T, 'unknown'), fakeResult('http://localhost/', 'not-affected')]))).toEqual([]);
  });
});
