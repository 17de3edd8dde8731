import type { ScanReport, TargetResult } from '../verdict/evidence';
import type { Verdict } from '../verdict/verdict';

const ALERTING: readonly Verdict[] = ['infected', 'exposed'];

/**
 * Findings worth a notification: infected or exposed now, and not already so
 * in the previous report. Quiet by design: a finding alerts once, not on
 * every scheduled check.
 */
export function newAlerts(previous: ScanReport | null, current: ScanReport): TargetResult[] {
  const before = new Map((previous?.results ?? []).map((r) => [r.target, r.verdict]));
  return current.results.filter((r) => ALERTING.includes(r.verdict) && before.get(r.target) !== r.verdict);
}
