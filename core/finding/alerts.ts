import { progressFor } from '../checklist/stored';
import type { ChecklistProgress } from '../checklist/types';
import type { ScanReport, TargetResult } from '../verdict/evidence';
import type { Verdict } from '../verdict/verdict';
import { currentVerdict, findingHead, type FindingHead } from './current';

const ALERTING: readonly Verdict[] = ['infected', 'exposed'];

/** Checklist progress as it was before the new report was applied, and after (an attestation may have been dropped). */
export interface ProgressAround {
  before?: Record<string, ChecklistProgress>;
  after?: Record<string, ChecklistProgress>;
}

/**
 * Findings worth a notification: infected or exposed now, by the finding
 * model's current verdict, and not already so in the previous report. Quiet by
 * design: a finding alerts once, not on every scheduled check, and a server the
 * person reported patched alerts again only when its answers change.
 */
export function newAlerts(previous: ScanReport | null, current: ScanReport, progress: ProgressAround = {}): FindingHead[] {
  const was = (r: TargetResult) => currentVerdict(r, progressFor(progress.before ?? {}, r.target));
  const before = new Map((previous?.results ?? []).map((r) => [r.target, was(r)]));
  return current.results
    .map((r) => findingHead(r, progressFor(progress.after ?? {}, r.target)))
    .filter((f) => ALERTING.includes(f.verdict) && before.get(f.target) !== f.verdict);
}
