import type { ScanSummaryState, SummaryKind } from '../core/finding/summary';
import { t } from '../core/text/i18n';

export interface ScanSummaryProps {
  /** What core/finding/summary.ts decided from the finding views: this only puts it into words. */
  summary: ScanSummaryState;
}

const ICON: Record<SummaryKind, string> = {
  checking: '\u231b',
  unchecked: '\u2139',
  quiet: '\u2714',
  infected: '\u2716',
  'at-risk': '\u26a0',
  'not-checked': '\u2298',
  unknown: '?',
  safe: '\u2714',
};

function words({ kind, count, reported }: ScanSummaryState): { title: string; body: string } {
  switch (kind) {
    case 'checking':
      return { title: t('summary_checking_title'), body: t('summary_checking_body') };
    case 'unchecked':
      return { title: t('summary_unchecked_title'), body: t('summary_unchecked_body') };
    case 'quiet':
      return { title: t('summary_quiet_title'), body: t('summary_quiet_body') };
    case 'infected':
      return { title: t('summary_infected_title'), body: t('summary_infected_body') };
    case 'at-risk':
      return { title: count === 1 ? t('summary_at_risk_one') : t('summary_at_risk_many', count), body: t('summary_at_risk_body') };
    case 'not-checked':
      return {
        title: count === 1 ? t('summary_not_checked_one') : t('summary_not_checked_many', count),
        body: t('summary_not_checked_body'),
      };
    case 'unknown':
      return { title: t('summary_unknown_title'), body: t('summary_unknown_body') };
    case 'safe':
      return { title: t('summary_safe_title'), body: reported ? t('summary_safe_reported_body') : t('summary_safe_body') };
  }
}

export function ScanSummary({ summary }: ScanSummaryProps) {
  const { title, body } = words(summary);
  // Addresses that could not be checked are counted whatever else the summary says: none of them is known to be safe.
  const alsoNotChecked = summary.kind !== 'not-checked' && summary.notChecked > 0;
  return (
    <section class={`summary tone-${summary.tone}`} data-testid="summary" data-summary={summary.kind} aria-live="polite">
      <span class="summary-icon" aria-hidden="true">
        {ICON[summary.kind]}
      </span>
      <div>
        <p class="summary-title">{title}</p>
        <p>{body}</p>
        {alsoNotChecked && <p data-testid="summary-not-checked">{t('summary_also_not_checked', summary.notChecked)}</p>}
      </div>
    </section>
  );
}
