import { effectiveVerdict } from '../checklist/attestation';
import type { ChecklistProgress } from '../checklist/types';
import type { TargetResult } from '../verdict/evidence';
import type { Verdict } from '../verdict/verdict';

/**
 * What a finding is now, for every view that shows or counts it: the popup's
 * first paint and full view, the summary, the badge and the report read these
 * rather than deciding each for itself.
 */

/** Whether the finding offers the guided fix: a walk already started stays reachable after the server is fixed or switched off. */
export function offersChecklist(finding: Pick<TargetResult, 'verdict'>, progress: ChecklistProgress | undefined): boolean {
  return progress !== undefined || (finding.verdict !== 'not-affected' && finding.verdict !== 'unreachable');
}

/** The verdict to rank, badge and summarise by (see effectiveVerdict: a reported patch on unchanged evidence counts as mitigated). */
export function currentVerdict(finding: TargetResult, progress: ChecklistProgress | undefined): Verdict {
  return effectiveVerdict(finding, progress);
}

/** Whether the browser kept the probe from being sent at all (host access not granted): "could not check", not "nothing answered". */
export function wasBlocked(finding: Pick<TargetResult, 'requests'>): boolean {
  return finding.requests.some((r) => r.error === 'blocked');
}
