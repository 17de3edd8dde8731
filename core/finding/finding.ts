import { attestationHolds } from '../checklist/attestation';
import { summarise, type ProgressSummary } from '../checklist/progress';
import type { ChecklistProgress } from '../checklist/types';
import { currentSteps } from '../checklist/verify';
import type { TargetResult } from '../verdict/evidence';
import { bannerProduct, type ProductRef } from '../verdict/product';
import type { Verdict } from '../verdict/verdict';
import { currentVerdict, offersChecklist, probeState, type ProbeState } from './current';

export { currentVerdict, offersChecklist, probeState, wasBlocked, type ProbeState } from './current';

/**
 * What a finding is now: one answer, from the latest evidence and the stored
 * progress, that every view and every report reads. The badge, the summary,
 * card order, notifications, the checklist, the report to the security team
 * and fleet events all come from here, so none can contradict another.
 * docs/INTERNALS.md, "The finding model", has the one-page picture.
 */

export interface FindingNow {
  target: string;
  /** The latest evidence, as the probe recorded it. */
  evidence: TargetResult;
  /** What the finding is now: the evidence's verdict, or mitigated for a reported patch on unchanged evidence. */
  verdict: Verdict;
  probe: ProbeState;
  /** The product family and version the banner names, from the banner rule's data. */
  product?: ProductRef;
  /** Whether the guided fix is offered. */
  offersChecklist: boolean;
  /** Each step's state as the latest evidence shows it (a verified step the evidence contradicts is open again). */
  steps: ChecklistProgress['steps'];
  /** The walk's path and how far along it is; absent when no walk started. */
  checklist?: ProgressSummary;
  /** When the person reported the patch, while that report still holds. */
  patchedAt?: number;
}

/** The whole model for one finding. The popup's first paint reads only current.ts, which this uses too. */
export function findingNow(evidence: TargetResult, progress: ChecklistProgress | undefined): FindingNow {
  const product = bannerProduct(evidence.banner);
  return {
    target: evidence.target,
    evidence,
    verdict: currentVerdict(evidence, progress),
    probe: probeState(evidence),
    ...(product ? { product } : {}),
    offersChecklist: offersChecklist(evidence, progress),
    steps: progress ? currentSteps(progress, evidence) : {},
    ...(progress ? { checklist: summarise(progress, evidence) } : {}),
    ...(progress?.attestation && attestationHolds(progress, evidence) ? { patchedAt: progress.attestation.at } : {}),
  };
}
