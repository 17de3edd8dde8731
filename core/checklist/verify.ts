import { namesIis } from '../verdict/product';
import type { TargetResult } from '../verdict/evidence';
import type { Note } from './notes';
import { withStep } from './with-step';
import type { ChecklistProgress, StepChange, StepId, StepRecord, Verification } from './types';

type Check = { passed: true; note: Note } | { passed: false; reason: Note };

/**
 * "Turn IIS off" with no answer: only a refused connection, on every request
 * sent, proves that nothing listens. A time-out means something accepted the
 * connection and said nothing (a hung IIS is still running), and a probe that
 * was blocked or failed otherwise proves nothing.
 */
function nothingAnswered(fresh: TargetResult): Check {
  const errors = fresh.requests.map((r) => r.error);
  if (errors.length > 0 && errors.every((e) => e === 'refused')) {
    return { passed: true, note: { code: 'note_iis_off_confirmed' } };
  }
  if (errors.includes('timeout')) {
    return {
      passed: false,
      reason: { code: 'reason_listening_hung' },
    };
  }
  if (errors.includes('blocked')) {
    return { passed: false, reason: { code: 'reason_blocked' } };
  }
  return { passed: false, reason: { code: 'reason_no_answer' } };
}

/** Whether a fresh finding shows what a step promised. Returns the reason when it does not. */
export function verification(kind: Verification, fresh: TargetResult): Check {
  if (kind === 'iis-off') {
    const answered = fresh.requests.some((r) => r.status !== undefined);
    if (!answered) return nothingAnswered(fresh);
    if (fresh.verdict === 'not-affected' && !namesIis(fresh.banner)) {
      return { passed: true, note: { code: 'note_not_iis_confirmed' } };
    }
    return { passed: false, reason: { code: 'reason_iis_answers' } };
  }
  if (fresh.mapping === 'absent' || fresh.mapping === 'urlscan') {
    return { passed: true, note: { code: 'note_mapping_gone_confirmed' } };
  }
  if (fresh.verdict === 'unreachable') {
    return { passed: false, reason: { code: 'reason_mapping_unchecked' } };
  }
  return { passed: false, reason: { code: 'reason_mapping_answers' } };
}

/** The steps that are done only while the evidence shows it; steps.ts reads its `verify` from here. */
export const STEP_VERIFICATION: Partial<Record<StepId, Verification>> = { 'turn-off-iis': 'iis-off', 'remove-mappings': 'mapping-absent' };

/**
 * What each step's record is now, given the latest finding. A verified step
 * stays done only while the latest evidence still shows it: when a check
 * newer than the confirmation contradicts it (IIS answers again, the .ida
 * mapping is back), it reads "to do" again, with the reason. Derived on every
 * read, never stored, so the checklist, the summary and the report cannot
 * keep a "done" that the evidence denies.
 */
export function currentSteps(progress: ChecklistProgress, finding: TargetResult): ChecklistProgress['steps'] {
  const steps: ChecklistProgress['steps'] = { ...progress.steps };
  for (const [id, kind] of Object.entries(STEP_VERIFICATION) as [StepId, Verification][]) {
    const record = steps[id];
    if (record?.status !== 'done' || finding.checkedAt < record.at) continue;
    const check = verification(kind, finding);
    if (!check.passed) steps[id] = reopened(finding, check.reason);
  }
  return steps;
}

function reopened(finding: TargetResult, reason: Note): StepRecord {
  return { status: 'todo', at: finding.checkedAt, note: reason, reopened: true };
}

/** Completes a verified step with a fresh finding, or leaves it open and says why. */
export function confirmStep(progress: ChecklistProgress, id: StepId, kind: Verification, fresh: TargetResult, now: number): StepChange {
  const result = verification(kind, fresh);
  if (!result.passed) return { ok: false, reason: result.reason };
  return { ok: true, progress: withStep(progress, id, { status: 'done', at: now, note: result.note }) };
}
