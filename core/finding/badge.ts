import { t } from '../text/i18n';
import type { FindingHead } from './current';
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
  // Could not check: '?' like unknown, never OK. Both mean "we cannot say this is safe"; the title says which, and the
  // popup says what to do (docs/INTERNALS.md, "Could not check").
  'not-checked': { text: '?', color: '#5a5a5a' },
  mitigated: { text: 'OK', color: '#1b6e3a' },
  'not-affected': { text: 'OK', color: '#1b6e3a' },
  unreachable: { text: 'OK', color: '#1b6e3a' },
};

/** The badge for the finding views (findingHeads): the worst current verdict, and every verdict counted in its title. */
export function badgeFor(findings: readonly Pick<FindingHead, 'verdict'>[] | null | undefined): BadgeState {
  if (!findings || findings.length === 0) {
    return { text: '', color: '#5a5a5a', title: t('badge_not_checked') };
  }
  const verdicts = findings.map((f) => f.verdict);
  const worst = worstVerdict(verdicts) ?? 'unreachable';
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const parts = [...counts.entries()].map(([verdict, n]) => `${n} ${verdictLabel(verdict).label.toLowerCase()}`);
  const summary = worst === 'unreachable' ? t('badge_quiet') : parts.join(', ');
  return { ...BADGE[worst], title: t('badge_title', summary) };
}
