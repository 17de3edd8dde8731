import { effectiveVerdict } from '../checklist/attestation';
import type { ChecklistProgress } from '../checklist/types';
import type { TargetResult } from '../verdict/evidence';
import type { Verdict } from '../verdict/verdict';

// The cheap parts of the finding model (finding.ts), in a module of their own so the popup's first chunk can
// rank and badge by them without the banner rules and the checklist tree that findingNow needs.

/** Whether the probe reached the target: a blocked or never-sent probe proves nothing either way. */
export type ProbeState = 'probed' | 'blocked' | 'never-probed';

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
