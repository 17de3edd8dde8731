import { withStep } from './with-step';
import { describe, expect, it } from 'vitest';
import { fakeResult } from '../../tests/fixtures/results';
import { answerQuestion, setStepStatus, startProgress, summarise, canChangeAnswers } from './progress';
import { confirmStep, verification } from './verify';
import { attestPatched, attestationHolds, reconcile } from './attestation';

const T = 'http://127.0.0.1:8080/';
/** The requests of a server that answers with this banner. */
const answers = (server: string) => [
  { path: '/' as const, url: T, status: 200, server, startedAt: 0, durationMs: 0 },
  { path: '/NULL.ida' as const, url: `${T}NULL.ida`, status: 200, server, startedAt: 0, durationMs: 0 },
];
const exposed = fakeResult(T, 'exposed', { banner: 'Microsoft-IIS/5.0', mapping: 'present', requests: answers('Microsoft-IIS/5.0') });

describe('progress', () => {
  it('counts settled steps on the chosen path ("2 of 3")', () => {
    let p = startProgress(T, 1);
    p = answerQuestion(p, 'infection', false);
    p = answerQuestion(p, 'need-iis', false);
    expect(summarise(p, exposed)).toEqual({
      steps: ['turn-off-iis', 'update-antivirus', 'report'],
      done: 0,
      total: 3,
      current: 'turn-off-iis',
    });
    const skipped = setStepStatus(p, 'update-antivirus', 'skipped', 5);
    if (!skipped.ok) throw new Error(skipped.reason.code);
    expect(summarise(skipped.progress, exposed)).toMatchObject({ done: 1, current: 'turn-off-iis' });
    expect(skipped.progress.steps['update-antivirus']).toEqual({ status: 'skipped', at: 5 });
  });

  it('keeps the path of the finding it started from after the server changes', () => {
    const infected = fakeResult(T, 'infected', { banner: 'Microsoft-IIS/5.0' });
    const p = startProgress(T, 1, infected);
    expect(p.found).toEqual({ verdict: 'infected', banner: 'Microsoft-IIS/5.0', checkedAt: 0 });
    expect(summarise(p, fakeResult(T, 'unreachable')).steps[0]).toBe('disconnect');
  });

  it('re-opens the second question when the first answer changes', () => {
    let p = answerQuestion(answerQuestion(startProgress(T, 1), 'infection', false), 'need-iis', true);
    p = answerQuestion(p, 'infection', true);
    expect(p.answers).toEqual({ infection: true });
  });

  it('refuses to mark a verified or attested step done by hand', () => {
    const p = startProgress(T, 1);
    expect(setStepStatus(p, 'turn-off-iis', 'done', 2, 'verify')).toEqual({
      ok: false,
      reason: { code: 'reason_needs_check' },
    });
    expect(setStepStatus(p, 'patch', 'done', 2, 'attest').ok).toBe(false);
    expect(setStepStatus(p, 'patch', 'skipped', 2, 'attest').ok).toBe(true);
  });
});

describe('verification by a fresh probe', () => {
  const noAnswer = (...errors: ('refused' | 'timeout' | 'blocked' | 'network')[]) =>
    fakeResult(T, errors.includes('timeout') ? 'unknown' : 'unreachable', {
      requests: errors.map((error) => ({ path: '/' as const, url: T, error, startedAt: 0, durationMs: 0 })),
    });

  it.each([
    ['the connection is refused', noAnswer('refused'), true],
    ['it hangs: something listens and says nothing', noAnswer('timeout'), false],
    ['it was never probed: the browser blocked it', noAnswer('blocked'), false],
    ['a network error, neither answer nor refusal', noAnswer('network'), false],
    ['nothing was sent at all', fakeResult(T, 'unreachable', { requests: [] }), false],
    ['Apache answers instead', fakeResult(T, 'not-affected', { banner: 'Apache/2.4', requests: answers('Apache/2.4') }), true],
    ['IIS 6.0 answers', fakeResult(T, 'not-affected', { banner: 'Microsoft-IIS/6.0', requests: answers('Microsoft-IIS/6.0') }), false],
    ['IIS 5.0 still answers', exposed, false],
    ['something unknown answers', fakeResult(T, 'unknown', { requests: answers('Mystery/1') }), false],
  ])('turning IIS off: %s → %s', (_name, fresh, passed) => {
    expect(verification('iis-off', fresh).passed).toBe(passed);
  });

  it.each([
    ['mapping gone', fakeResult(T, 'mitigated', { banner: 'Microsoft-IIS/5.0', mapping: 'absent' }), true],
    ['UrlScan blocks it', fakeResult(T, 'mitigated', { mapping: 'urlscan' }), true],
    ['mapping still there', exposed, false],
    ['nothing answered', fakeResult(T, 'unreachable'), false],
    ['undecided', fakeResult(T, 'possibly-vulnerable', { mapping: 'undecided' }), false],
  ])('removing the mappings: %s → %s', (_name, fresh, passed) => {
    expect(verification('mapping-absent', fresh).passed).toBe(passed);
  });

  it('says why a hung server or a blocked probe does not confirm it', () => {
    expect(verification('iis-off', noAnswer('timeout'))).toEqual({
      passed: false,
      reason: { code: 'reason_listening_hung' },
    });
    expect(verification('iis-off', noAnswer('blocked'))).toEqual({ passed: false, reason: { code: 'reason_blocked' } });
  });

  it('completes the step with the time and how it was confirmed, or leaves it open with the reason', () => {
    const p = startProgress(T, 1);
    const open = confirmStep(p, 'turn-off-iis', 'iis-off', exposed, 9);
    expect(open).toEqual({ ok: false, reason: { code: 'reason_iis_answers' } });
    const done = confirmStep(p, 'turn-off-iis', 'iis-off', noAnswer('refused'), 10);
    if (!done.ok) throw new Error(done.reason.code);
    expect(done.progress.steps['turn-off-iis']).toEqual({ status: 'done', at: 10, note: { code: 'note_iis_off_confirmed' } });
  });
});

describe('attestation', () => {
  it('holds while the evidence is the same', () => {
    const p = attestPatched(startProgress(T, 1), exposed, 20);
    expect(p.steps.patch).toMatchObject({ status: 'done', at: 20 });
    expect(attestationHolds(p, { ...exposed, checkedAt: 99 })).toBe(true);
    expect(reconcile(p, { ...exposed, checkedAt: 99 }, 30)).toBe(p);
  });

  it.each([
    ['the banner changed', { ...exposed, banner: 'Microsoft-IIS/4.0' }],
    ['the mapping answer changed', { ...exposed, mapping: 'undecided' as const }],
  ])('is dropped when %s, and the patch step re-opens', (_name, changed) => {
    const p = attestPatched(startProgress(T, 1), exposed, 20);
    expect(attestationHolds(p, changed)).toBe(false);
    const next = reconcile(p, changed, 30);
    expect(next.attestation).toBeUndefined();
    expect(next.attestationDropped).toEqual({ at: 30, reportedAt: 20 });
    expect(next.steps.patch).toMatchObject({ status: 'todo', at: 30 });
  });

  it('is kept when the only change is the mapping being removed, and dropped if it comes back', () => {
    const p = attestPatched(startProgress(T, 1), exposed, 20);
    const unmapped = reconcile(p, { ...exposed, mapping: 'absent' }, 30);
    expect(unmapped.attestation?.at).toBe(20);
    expect(attestationHolds(unmapped, { ...exposed, mapping: 'absent' })).toBe(true);
    const remapped = reconcile(unmapped, exposed, 40);
    expect(remapped.attestation).toBeUndefined();
    expect(remapped.steps.patch?.status).toBe('todo');
  });

  it('a new attestation clears the note of a dropped one', () => {
    const dropped = reconcile(attestPatched(startProgress(T, 1), exposed, 20), { ...exposed, mapping: 'undecided' }, 30);
    const again = attestPatched(dropped, { ...exposed, mapping: 'undecided' }, 40);
    expect(again.attestationDropped).toBeUndefined();
    expect(again.attestation?.at).toBe(40);
  });
});

describe('withStep', () => {
  it('replaces one step\u2019s record and leaves the progress it was given unchanged', () => {
    const before = startProgress('http://127.0.0.1/', 1);
    const after = withStep(before, 'subscribe', { status: 'done', at: 2 });
    expect(after.steps).toEqual({ subscribe: { status: 'done', at: 2 } });
    expect(before.steps).toEqual({});
  });
});

describe('canChangeAnswers', () => {
  it('offers new answers unless the walk started from an infection, whatever the server says now', () => {
    const exposed = fakeResult(T, 'exposed');
    expect(canChangeAnswers(startProgress(T, 1, exposed), exposed)).toBe(true);
    expect(canChangeAnswers(startProgress(T, 1, fakeResult(T, 'infected')), fakeResult(T, 'unreachable'))).toBe(false);
  });
});
