import type { TargetResult } from '../verdict/evidence';
import { attestPatched } from './attestation';
import type { Note } from './notes';
import { answerQuestion, resetAnswers, setStepStatus, startProgress } from './progress';
import { STEP_IDS, type ChecklistProgress, type QuestionId, type StepId } from './types';
import { STEP_VERIFICATION, confirmStep } from './verify';

/**
 * What a person can do to a checklist, as data: the popup sends one to the
 * background, which is the only writer of checklist state (utils/checklist-writer.ts),
 * and applies it to the newest stored progress.
 */
export type ChecklistAction =
  | { kind: 'answer'; question: QuestionId; value: boolean }
  | { kind: 'reset-answers' }
  | { kind: 'set-status'; step: StepId; status: 'todo' | 'done' | 'skipped' }
  /** Complete a verified step with the finding of a fresh check. */
  | { kind: 'confirm'; step: StepId }
  /** "I installed the patch", on the evidence the finding shows. */
  | { kind: 'attest' };

export type ActionResult = { ok: true; progress: ChecklistProgress; note?: Note } | { ok: false; reason: Note };

/** The step that is done only when the person says so: the patch cannot be seen from outside. */
const ATTESTED_STEP: StepId = 'patch';

/**
 * Applies an action to a target's progress (a new walk when there is none yet),
 * given the newest finding for that target.
 */
export function applyAction(
  progress: ChecklistProgress | undefined,
  action: ChecklistAction,
  finding: TargetResult,
  now: number,
): ActionResult {
  const current = progress ?? startProgress(finding.target, now, finding);
  switch (action.kind) {
    case 'answer':
      return { ok: true, progress: answerQuestion(current, action.question, action.value) };
    case 'reset-answers':
      return { ok: true, progress: resetAnswers(current) };
    case 'set-status': {
      const proof = STEP_VERIFICATION[action.step] ? 'verify' : action.step === ATTESTED_STEP ? 'attest' : undefined;
      return setStepStatus(current, action.step, action.status, now, proof);
    }
    case 'confirm': {
      const kind = STEP_VERIFICATION[action.step];
      if (!kind) return { ok: false, reason: { code: 'reason_no_answer' } };
      const change = confirmStep(current, action.step, kind, finding, now);
      return change.ok
        ? { ...change, ...(change.progress.steps[action.step]?.note ? { note: change.progress.steps[action.step]?.note } : {}) }
        : change;
    }
    case 'attest':
      return { ok: true, progress: attestPatched(current, finding, now) };
  }
}

const STEPS: ReadonlySet<string> = new Set(STEP_IDS);
const isStep = (value: unknown): value is StepId => typeof value === 'string' && STEPS.has(value);

/** Reads an action from a message: anything another version or a bug could send is refused, not guessed at. */
export function readAction(value: unknown): ChecklistAction | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const a = value as Record<string, unknown>;
  switch (a.kind) {
    case 'answer':
      return (a.question === 'infection' || a.question === 'need-iis') && typeof a.value === 'boolean'
        ? { kind: 'answer', question: a.question, value: a.value }
        : undefined;
    case 'reset-answers':
      return { kind: 'reset-answers' };
    case 'set-status':
      return isStep(a.step) && (a.status === 'todo' || a.status === 'done' || a.status === 'skipped')
        ? { kind: 'set-status', step: a.step, status: a.status }
        : undefined;
    case 'confirm':
      return isStep(a.step) && STEP_VERIFICATION[a.step] ? { kind: 'confirm', step: a.step } : undefined;
    case 'attest':
      return { kind: 'attest' };
    default:
      return undefined;
  }
}
