import { attestationHolds, effectiveVerdict } from '../checklist/attestation';
import { progressFor } from '../checklist/stored';
import type { ChecklistProgress } from '../checklist/types';
import type { ScanReport, TargetResult } from '../verdict/evidence';
import { needsAction, verdictTone, type Tone, type Verdict, type VerdictBasis } from '../verdict/verdict';

// The cheap part of the finding view (finding.ts), in a module of its own so the popup's first chunk can paint,
// rank and badge by it without the banner rules and the checklist tree that the full view needs.

/** Whether the probe reached the target: a blocked or never-sent probe proves nothing either way. */
export type ProbeState = 'probed' | 'blocked' | 'never-probed';

/** Whether the browser kept the probe from being sent at all (host access not granted): "could not check", not "nothing answered". */
export function wasBlocked(finding: Pick<TargetResult, 'requests'>): boolean {
  return finding.requests.some((r) => r.error === 'blocked');
}

export function probeState(finding: Pick<TargetResult, 'requests'>): ProbeState {
  if (finding.requests.length === 0) return 'never-probed';
  return wasBlocked(finding) ? 'blocked' : 'probed';
}

/**
 * The verdict every surface shows, counts, ranks, badges and reports: "could not check" for a probe that was blocked,
 * never sent or stopped (whatever an older version stored for it), else the evidence's verdict, or mitigated for a
 * reported patch on unchanged evidence (effectiveVerdict).
 */
export function currentVerdict(finding: TargetResult, progress: ChecklistProgress | undefined): Verdict {
  if (probeState(finding) !== 'probed') return 'not-checked';
  return effectiveVerdict(finding, progress);
}

/** The guided fix, as far as the card needs it. `done` and `total` are 0 until the checklist tree has loaded. */
export interface FixState {
  started: boolean;
  done: number;
  total: number;
}

/**
 * What every view shows of one finding: the one answer to "what is this finding now?". The first paint builds it
 * here; findingView (finding.ts) adds what the checklist and the reports need. Views never read the evidence's own
 * verdict: it can be a reported patch behind, or a probe that never ran.
 */
export interface FindingHead {
  target: string;
  /** The latest evidence, as the probe recorded it: shown as evidence, never as the verdict. */
  evidence: TargetResult;
  verdict: Verdict;
  tone: Tone;
  /** Something to fix: infected, exposed or possibly vulnerable now. */
  needsAction: boolean;
  probe: ProbeState;
  /** Present when the guided fix is offered: a walk already started stays reachable after the server is fixed or switched off. */
  fix?: FixState;
  /** When the person reported the patch, while that report still holds. */
  patchedAt?: number;
  /**
   * What the verdict rests on: the evidence, or the person's patch report (the evidence alone still says exposed or
   * possibly vulnerable). The words for the verdict differ: a banner cannot prove a patch, and we say so.
   */
  basis: VerdictBasis;
}

/** Verdicts that offer no walk: nothing to fix, or nothing known yet (allow access and check first). */
const NO_WALK: ReadonlySet<Verdict> = new Set(['not-affected', 'unreachable', 'not-checked']);

export function findingHead(evidence: TargetResult, progress: ChecklistProgress | undefined): FindingHead {
  const verdict = currentVerdict(evidence, progress);
  const offered = progress !== undefined || !NO_WALK.has(verdict);
  const patchedAt = progress?.attestation && attestationHolds(progress, evidence) ? progress.attestation.at : undefined;
  return {
    target: evidence.target,
    evidence,
    verdict,
    tone: verdictTone(verdict),
    needsAction: needsAction(verdict),
    probe: probeState(evidence),
    ...(offered ? { fix: { started: progress !== undefined, done: 0, total: 0 } } : {}),
    ...(patchedAt !== undefined ? { patchedAt } : {}),
    // The verdict rests on the report only when the report changed it (an infection, say, is never lowered).
    basis: patchedAt !== undefined && verdict === 'mitigated' && evidence.verdict !== 'mitigated' ? 'patch-reported' : 'evidence',
  };
}

/** Every finding of a report as the views show it, each with its own walk's progress. */
export function findingHeads(report: ScanReport | null | undefined, checklists: Record<string, ChecklistProgress>): FindingHead[] {
  return (report?.results ?? []).map((r) => findingHead(r, progressFor(checklists, r.target)));
}
