import type { ChecklistProgress, StepId, StepRecord } from './types';

/** The progress with one step's record replaced. Its own module, so verify.ts and progress.ts can both use it. */
export function withStep(progress: ChecklistProgress, id: StepId, record: StepRecord): ChecklistProgress {
  return { ...progress, steps: { ...progress.steps, [id]: record } };
}
