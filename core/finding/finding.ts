import { summarise, type ProgressSummary } from '../checklist/progress';
import type { ChecklistProgress } from '../checklist/types';
import { currentSteps } from '../checklist/verify';
import type { TargetResult } from '../verdict/evidence';
import { bannerProduct, type ProductRef } from '../verdict/product';
import { findingHead, type FindingHead } from './current';

export { currentVerdict, findingHead, probeState, wasBlocked, type FindingHead, type FixState, type ProbeState } from './current';

/**
 * What a finding is now: one answer, from the latest evidence and the stored
 * progress, that every view and every report renders. The badge, the summary,
 * card order and card, notifications, the checklist, the report to the
 * security team and fleet events all come from here, so none can contradict
 * another. docs/INTERNALS.md, "The finding model", has the one-page picture.
 */
export interface FindingView extends FindingHead {
  /** The product family and version the banner names, from the banner rule's data. */
  product?: ProductRef;
  /** Each step's state as the latest evidence shows it (a verified step the evidence contradicts is open again). */
  steps: ChecklistProgress['steps'];
  /** The walk's path and how far along it is; absent when no walk started. */
  checklist?: ProgressSummary;
}

/** The whole view of one finding. The popup's first paint reads only findingHead (current.ts), which this extends. */
export function findingView(evidence: TargetResult, progress: ChecklistProgress | undefined): FindingView {
  const head = findingHead(evidence, progress);
  const product = bannerProduct(evidence.banner);
  const checklist = progress ? summarise(progress, evidence) : undefined;
  return {
    ...head,
    ...(head.fix && checklist ? { fix: { started: true, done: checklist.done, total: checklist.total } } : {}),
    ...(product ? { product } : {}),
    steps: progress ? currentSteps(progress, evidence) : {},
    ...(checklist ? { checklist } : {}),
  };
}
