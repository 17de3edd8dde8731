import type { ScanSummaryState, SummaryKind } from '../core/finding/summary';
import { t, type MessageKey } from '../core/text/i18n';

export interface ScanSummaryProps {
  /** What core/finding/summary.ts decided from the finding views: this only puts it into words. */
  summary: ScanSummaryState;
}

/** Each kind's icon (meaning without colour), title and body; a count picks the title for one or for many. */
const WORDS: Record<SummaryKind, [icon: string, title: MessageKey, body: MessageKey, many?: MessageKey]> = {
  checking: ['\u231b', 'summary_checking_title', 'summary_checking_body'],
  unchecked: ['\u2139', 'summary_unchecked_title', 'summary_unchecked_body'],
  quiet: ['\u2714', 'summary_quiet_title', 'summary_quiet_body'],
  infected: ['\u2716', 'summary_infected_title', 'summary_infected_body'],
  'at-risk': ['\u26a0', 'summary_at_risk_one', 'summary_at_risk_body', 'summary_at_risk_many'],
  'not-checked': ['\u2298', 'summary_not_checked_one', 'summary_not_checked_body', 'summary_not_checked_many'],
  unknown: ['?', 'summary_unknown_title', 'summary_unknown_body'],
  safe: ['\u2714', 'summary_safe_title', 'summary_safe_body'],
};

function words({ kind, count, reported }: ScanSummaryState): { icon: string; title: string; body: string } {
  const [icon, title, body, many] = WORDS[kind];
  return {
    icon,
    title: many && count !== 1 ? t(many, count) : t(title),
    body: kind === 'safe' && reported ? t('summary_safe_reported_body') : t(body),
  };
}

export function ScanSummary({ summary }: ScanSummaryProps) {
  const { icon, title, body } = words(summary);
  // Addresses that could not be checked are counted whatever else the summary says: none of them is known to be safe.
  const alsoNotChecked = summary.kind !== 'not-checked' && summary.notChecked > 0;
  return (
    <section class={`summary tone-${summary.tone}`} data-testid="summary" data-summary={summary.kind} aria-live="polite">
      <span class="summary-icon" aria-hidden="true">
        {icon}
      </span>
      <div>
        <p class="summary-title">{title}</p>
        <p>{body}</p>
        {alsoNotChecked && <p data-testid="summary-not-checked">{t('summary_also_not_checked', summary.notChecked)}</p>}
      </div>
    </section>
  );
}
