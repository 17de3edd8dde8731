import { describe, expect, it } from 'vitest';
import { attestPatched } from '../checklist/attestation';
import { startProgress } from '../checklist/progress';
import { currentVerdict, offersChecklist, wasBlocked } from './finding';
import { VERDICTS } from '../verdict/verdict';
import { fakeResult } from '../../tests/fixtures/results';

const T = 'http://127.0.0.1:8080/';

describe('the finding as every view reads it', () => {
  it.each(VERDICTS)('%s offers the guided fix unless nothing to fix, and always once a walk started', (verdict) => {
    const f = fakeResult(T, verdict);
    expect(offersChecklist(f, undefined)).toBe(verdict !== 'not-affected' && verdict !== 'unreachable');
    expect(offersChecklist(f, startProgress(T, 1))).toBe(true);
  });

  it('a reported patch on unchanged evidence counts as mitigated; infection never lowers', () => {
    const exposed = fakeResult(T, 'exposed', { banner: 'Microsoft-IIS/5.0', mapping: 'present' });
    const p = attestPatched(startProgress(T, 1), exposed, 2);
    expect(currentVerdict(exposed, p)).toBe('mitigated');
    expect(currentVerdict({ ...exposed, banner: 'Microsoft-IIS/4.0' }, p)).toBe('exposed');
    expect(currentVerdict({ ...exposed, verdict: 'infected' }, p)).toBe('infected');
  });

  it('knows a blocked probe from the evidence, not from a rule id', () => {
    expect(wasBlocked({ requests: [{ path: '/', url: T, error: 'blocked', startedAt: 0, durationMs: 0 }] })).toBe(true);
    expect(wasBlocked({ requests: [{ path: '/', url: T, error: 'refused', startedAt: 0, durationMs: 0 }] })).toBe(false);
  });
});
