import { describe, expect, it } from 'vitest';
import { newAlerts } from './alerts';
import { fakeReport, fakeResult } from '../../tests/fixtures/results';
import { attestPatched, reconcile } from '../checklist/attestation';
import { startProgress } from '../checklist/progress';
import type { ChecklistProgress } from '../checklist/types';

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

describe('newAlerts reads the finding model', () => {
  const exposed = fakeResult(T, 'exposed', { banner: 'Microsoft-IIS/5.0', mapping: 'present' });
  const attested = { [T]: attestPatched(startProgress(T, 1), exposed, 2) };

  it('a server reported patched, on unchanged evidence, does not alert as exposed', () => {
    expect(newAlerts(null, fakeReport([exposed]), { before: attested, after: attested })).toEqual([]);
  });

  it('it alerts again when its answers change and the patch report no longer holds', () => {
    const changed = { ...exposed, banner: 'Microsoft-IIS/4.0' };
    const after = { [T]: reconcile(attested[T] as ChecklistProgress, changed, 3) };
    expect(newAlerts(fakeReport([exposed]), fakeReport([changed]), { before: attested, after }).map((r) => r.target)).toEqual([T]);
  });
});
