import type { ScanReport, TargetResult } from '../core/verdict/evidence';
import { t } from '../core/text/i18n';
import { needsAction, type Verdict } from '../core/verdict/verdict';

export interface ScanSummaryProps {
  report: ScanReport | null;
  /** Each finding's verdict as it counts now (a reported patch on unchanged evidence counts as mitigated): the badge's too. */
  verdictOf: (result: TargetResult) => Verdict;
  running: boolean;
}

type Tone = 'good' | 'warn' | 'bad' | 'neutral';

function summarise(
  report: ScanReport | null,
  verdictOf: (result: TargetResult) => Verdict,
  running: boolean,
): { tone: Tone; icon: string; title: string; body: string } {
  if (!report || report.results.length === 0) {
    return running
      ? { tone: 'neutral', icon: '\u231b', title: t('summary_checking_title'), body: t('summary_checking_body') }
      : { tone: 'neutral', icon: '\u2139', title: t('summary_unchecked_title'), body: t('summary_unchecked_body') };
  }
  const verdicts: Verdict[] = report.results.map(verdictOf);
  if (verdicts.every((v) => v === 'unreachable')) {
    return {
      tone: 'good',
      icon: '\u2714',
      title: t('summary_quiet_title'),
      body: t('summary_quiet_body'),
    };
  }
  if (verdicts.includes('infected')) {
    return { tone: 'bad', icon: '\u2716', title: t('summary_infected_title'), body: t('summary_infected_body') };
  }
  const atRisk = verdicts.filter(needsAction).length;
  if (atRisk > 0) {
    return {
      tone: 'bad',
      icon: '\u26a0',
      title: atRisk === 1 ? t('summary_at_risk_one') : t('summary_at_risk_many', atRisk),
      body: t('summary_at_risk_body'),
    };
  }
  if (verdicts.includes('unknown')) {
    return {
      tone: 'warn',
      icon: '?',
      title: t('summary_unknown_title'),
      body: t('summary_unknown_body'),
    };
  }
  return {
    tone: 'good',
    icon: '\u2714',
    title: t('summary_safe_title'),
    body: t('summary_safe_body'),
  };
}

export function ScanSummary({ report, verdictOf, running }: ScanSummaryProps) {
  const s = summarise(report, verdictOf, running);
  return (
    <section class={`summary tone-${s.tone}`} data-testid="summary" aria-live="polite">
      <span class="summary-icon" aria-hidden="true">
        {s.icon}
      </span>
      <div>
        <p class="summary-title">{s.title}</p>
        <p>{s.body}</p>
      </div>
    </section>
  );
}
