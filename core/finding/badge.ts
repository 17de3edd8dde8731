import type { ScanReport, TargetResult } from '../verdict/evidence';
import { t } from '../text/i18n';
import { verdictLabel } from '../verdict/verdict-labels';
import { worstVerdict, type Verdict } from '../verdict/verdict';

export interface BadgeState {
  /** Never empty when something needs attention: the text carries the meaning, the colour repeats it. */
  text: string;
  color: string;
  title: string;
}

const BADGE: Record<Verdict, { text: string; color: string }> = {
  infected: { text: 'INF', color: '#8b0000' },
  exposed: { text: 'RISK', color: '#b3261e' },
  'possibly-vulnerable': { text: 'WARN', color: '#a15c00' },
  unknown: { text: '?', color: '#5a5a5a' },
  mitigated: { text: 'OK', color: '#1b6e3a' },
  'not-affected': { text: 'OK', color: '#1b6e3a' },
  unreachable: { text: 'OK', color: '#1b6e3a' },
};

/** `verdictOf` lets a finding the person reported patched count as mitigated (see effectiveVerdict). */
export function badgeFor(report: ScanReport | null | undefined, verdictOf: (r: TargetResult) => Verdict = (r) => r.verdict): BadgeState {
  if (!report || report.results.length === 0) {
    return { text: '', color: '#5a5a5a', title: t('badge_not_checked') };
  }
  const verdicts = report.results.map(verdictOf);
  const worst = worstVerdict(verdicts) ?? 'unreachable';
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const parts = [...counts.entries()].map(([verdict, n]) => `${n} ${verdictLabel(verdict).label.toLowerCase()}`);
  const summary = worst === 'unreachable' ? t('badge_quiet') : parts.join(', ');
  return { ...BADGE[worst], title: t('badge_title', summary) };
}
