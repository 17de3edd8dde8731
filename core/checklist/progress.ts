import type { TargetResult } from '../verdict/evidence';
import { stepsFor } from './tree';
import type { Answers, ChecklistProgress, QuestionId, StepChange, StepId } from './types';

export type { StepChange };
import { currentSteps } from './verify';
import { withStep } from './with-step';

export { withStep };

export function startProgress(target: string, now: number, finding?: TargetResult): ChecklistProgress {
  const found = finding && { verdict: finding.verdict, banner: finding.banner, checkedAt: finding.checkedAt };
  return { target, startedAt: now, ...(found ? { found } : {}), answers: {}, steps: {} };
}

/** The verdict that chose the path: the one the walk started from, so fixing the server does not change the steps. */
export function pathFinding(progress: ChecklistProgress, finding: Pick<TargetResult, 'verdict'>): Pick<TargetResult, 'verdict'> {
  return { verdict: progress.found?.verdict ?? finding.verdict };
}

/** Whether the person may answer the questions again: not on a walk that started from an infection (its path is the rebuild). */
export function canChangeAnswers(progress: ChecklistProgress, finding: Pick<TargetResult, 'verdict'>): boolean {
  return pathFinding(progress, finding).verdict !== 'infected';
}

export function answerQuestion(progress: ChecklistProgress, question: QuestionId, value: boolean): ChecklistProgress {
  const answers: Answers = { ...progress.answers, [question]: value };
  // A new answer to the first question re-opens the second.
  if (question === 'infection') delete answers['need-iis'];
  return { ...progress, answers };
}

/** Clears both answers so the person can choose again; step records are kept. */
export function resetAnswers(progress: ChecklistProgress): ChecklistProgress {
  return { ...progress, answers: {} };
}

export interface ProgressSummary {
  steps: StepId[];
  done: number;
  total: number;
  /** The first step still to do, if any. */
  current?: StepId;
}

/** Counts steps as they are now: a verified step the latest evidence contradicts counts as to do (verify.ts, currentSteps). */
export function summarise(progress: ChecklistProgress, finding: TargetResult): ProgressSummary {
  const steps = stepsFor(progress.answers, pathFinding(progress, finding));
  const records = currentSteps(progress, finding);
  const settled = steps.filter((id) => (records[id]?.status ?? 'todo') !== 'todo');
  const current = steps.find((id) => (records[id]?.status ?? 'todo') === 'todo');
  return { steps, done: settled.length, total: steps.length, ...(current ? { current } : {}) };
}

/** Marks a plain step done or skipped, or back to do. Steps that need proof go through confirmStep or attestPatched. */
export function setStepStatus(
  progress: ChecklistProgress,
  id: StepId,
  status: 'todo' | 'done' | 'skipped',
  now: number,
  proof?: 'verify' | 'attest',
): StepChange {
  if (status === 'done' && proof !== undefined) {
    return { ok: false, reason: { code: proof === 'verify' ? 'reason_needs_check' : 'reason_needs_attest' } };
  }
  return { ok: true, progress: withStep(progress, id, { status, at: now }) };
}
