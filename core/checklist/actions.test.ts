import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeResult } from '../../tests/fixtures/results';
import { anyOr, hostileLeaf } from '../../tests/fuzz/hostile';
import { applyAction, readAction, type ChecklistAction } from './actions';
import { attestationHolds } from './attestation';
import { startProgress } from './progress';

const T = 'http://127.0.0.1:8080/';
const exposed = fakeResult(T, 'exposed', { banner: 'Microsoft-IIS/5.0', mapping: 'present' });
const unmapped = fakeResult(T, 'mitigated', { banner: 'Microsoft-IIS/5.0', mapping: 'absent', checkedAt: 20 });

describe('applyAction: a person\u2019s change, as data the background applies', () => {
  it('starts a walk from the finding when there is none', () => {
    const result = applyAction(undefined, { kind: 'answer', question: 'infection', value: false }, exposed, 5);
    expect(result).toMatchObject({ ok: true, progress: { target: T, startedAt: 5, answers: { infection: false } } });
    expect(result.ok && result.progress.found).toEqual({ verdict: 'exposed', banner: 'Microsoft-IIS/5.0', checkedAt: exposed.checkedAt });
  });

  it('a verified step is done only through a check, the patch only through "I installed it"', () => {
    const p = startProgress(T, 1, exposed);
    expect(applyAction(p, { kind: 'set-status', step: 'remove-mappings', status: 'done' }, exposed, 2)).toEqual({
      ok: false,
      reason: { code: 'reason_needs_check' },
    });
    expect(applyAction(p, { kind: 'set-status', step: 'patch', status: 'done' }, exposed, 2)).toEqual({
      ok: false,
      reason: { code: 'reason_needs_attest' },
    });
    const skipped = applyAction(p, { kind: 'set-status', step: 'remove-mappings', status: 'skipped' }, exposed, 2);
    expect(skipped.ok && skipped.progress.steps['remove-mappings']).toEqual({ status: 'skipped', at: 2 });
  });

  it('confirm: passes on evidence that shows it, with the note to show; fails with the reason', () => {
    const p = startProgress(T, 1, exposed);
    expect(applyAction(p, { kind: 'confirm', step: 'remove-mappings' }, exposed, 21)).toEqual({
      ok: false,
      reason: { code: 'reason_mapping_answers' },
    });
    const done = applyAction(p, { kind: 'confirm', step: 'remove-mappings' }, unmapped, 21);
    expect(done).toMatchObject({ ok: true, note: { code: 'note_mapping_gone_confirmed' } });
    expect(done.ok && done.progress.steps['remove-mappings']).toEqual({
      status: 'done',
      at: 21,
      note: { code: 'note_mapping_gone_confirmed' },
    });
  });

  it('attest: records the evidence the person saw', () => {
    const done = applyAction(startProgress(T, 1, exposed), { kind: 'attest' }, exposed, 3);
    expect(done.ok && attestationHolds(done.progress, exposed)).toBe(true);
    expect(done.ok && done.progress.steps.patch).toEqual({ status: 'done', at: 3, note: { code: 'note_reported_patched' } });
  });
});

describe('readAction: a message from a page', () => {
  const valid: ChecklistAction[] = [
    { kind: 'answer', question: 'need-iis', value: true },
    { kind: 'reset-answers' },
    { kind: 'set-status', step: 'subscribe', status: 'skipped' },
    { kind: 'confirm', step: 'turn-off-iis' },
    { kind: 'attest' },
  ];
  it.each(valid)('reads %o as it is', (action) => expect(readAction(action)).toEqual(action));

  it.each([
    { kind: 'confirm', step: 'subscribe' },
    { kind: 'set-status', step: 'toString', status: 'done' },
    { kind: 'answer', question: 'infection', value: 'yes' },
    { kind: 'delete-everything' },
    null,
    'attest',
  ])('refuses %o', (raw) => expect(readAction(raw)).toBeUndefined());

  it('fuzz: never throws, and only ever gives an action applyAction handles', () => {
    fc.assert(
      fc.property(fc.oneof(...valid.map((v) => anyOr(v)), hostileLeaf), (raw) => {
        const action = readAction(raw);
        if (action) expect(() => applyAction(undefined, action, exposed, 1)).not.toThrow();
      }),
    );
  });
});
