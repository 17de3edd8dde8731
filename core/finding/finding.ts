import { attestationHolds, effectiveVerdict } from '../checklist/attestation';
import { summarise, type ProgressSummary } from '../checklist/progress';
import type { ChecklistProgress } from '../checklist/types';
import { currentSteps } from '../checklist/verify';
import type { TargetResult } from '../verdict/evidence';
import { bannerProduct, type ProductRef } from '../verdict/product';
import type { Verdict } from '../verdict/verdict';

/**
 * What a finding is now: one answer, from the latest evidence and the stored
 * progress, that every view and every report reads. The badge, the summary,
 * card order, notifications, the checklist, the report to the security team
 * and fleet events all come from here, so none can contradict another.
 * docs/INTERNALS.md, "The finding model", has the one-page picture.
 */

/** Whether the probe reached the target: a blocked or never-sent probe proves nothing either way. */
export type ProbeState = 'probed' | 'blocked' | 'never-probed';

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

/** Whether the finding offers the guided fix: a walk already started stays reachable after the server is fixed or switched off. */
export function offersChecklist(finding: Pick<TargetResult, 'verdict'>, progress: ChecklistProgress | undefined): boolean {
  return progress !== undefined || (finding.verdict !== 'not-affected' && finding.verdict !== 'unreachable');
}

/** The verdict to rank, badge, notify and summarise by (see effectiveVerdict: a reported patch on unchanged evidence counts as mitigated). */
export function currentVerdict(finding: TargetResult, progress: ChecklistProgress | undefined): Verdict {
  return effectiveVerdict(finding, progress);
}

/** Whether the browser kept the probe from being sent at all (host access not granted): "could not check", not "nothing answered". */
export function wasBlocked(finding: Pick<TargetResult, 'requests'>): boolean {
  return finding.requests.some((r) => r.error === 'blocked');
}

export function probeState(finding: Pick<TargetResult, 'requests'>): ProbeState {
  if (finding.requests.length === 0) return 'never-probed';
  return wasBlocked(finding) ? 'blocked' : 'probed';
}

/** The whole model for one finding. The popup's first paint reads only currentVerdict and offersChecklist, which this uses too. */
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
