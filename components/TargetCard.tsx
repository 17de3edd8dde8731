import type { AdvisoryMatch } from '../core/advisories/match';
import type { FindingHead, FixState } from '../core/finding/current';
import { formatAgo, formatDateTime } from '../core/text/format-time';
import { t } from '../core/text/i18n';
import { nextSteps } from '../core/verdict/next-steps';
import { verdictText } from '../core/verdict/verdict-text';
import { EvidenceDetails } from './EvidenceDetails';
import { NextStepsList } from './NextStepsList';

export interface TargetCardProps {
  /** The finding view (core/finding): the card renders its verdict, never the evidence's own. */
  finding: FindingHead;
  now: number;
  busy: boolean;
  advisories: AdvisoryMatch[];
  onCheckAgain: (target: string) => void;
  onOpenAdvisory: (id: string) => void;
  onOpenChecklist: (target: string) => void;
}

function cardId(target: string): string {
  return `t-${target.replace(/[^a-z0-9]/gi, '-')}`;
}

function checklistLabel(c: FixState): string {
  if (!c.started) return t('card_start_fix');
  return c.total === 0 ? t('card_continue_fix') : t('card_continue_fix_progress', c.done, c.total);
}

export function TargetCard({ finding, now, busy, advisories, onCheckAgain, onOpenAdvisory, onOpenChecklist }: TargetCardProps) {
  const { verdict, evidence: result, fix: checklist, patchedAt } = finding;
  const text = verdictText(verdict, finding.basis);
  const id = cardId(result.target);
  return (
    <article
      class={`card verdict-${verdict} tone-${finding.tone}`}
      data-target={result.target}
      data-verdict={verdict}
      data-probe={finding.probe}
      aria-labelledby={`${id}-h`}
    >
      <p class="card-top">
        <span class="chip">
          <span class="icon" aria-hidden="true">
            {text.icon}
          </span>{' '}
          {text.label}
        </span>
        <span class="address">{result.target}</span>
      </p>
      <h2 id={`${id}-h`}>{text.headline}</h2>
      {patchedAt !== undefined && (
        <p class="patched" data-testid="patched">
          <span aria-hidden="true">{'\u2714'}</span> {t('card_patched', formatDateTime(patchedAt))}
        </p>
      )}
      <p class="meaning">{text.meaning}</p>
      <NextStepsList nextSteps={nextSteps(verdict, finding.basis)} headingId={`${id}-next`} />
      {checklist && (
        <button type="button" class="primary wide" onClick={() => onOpenChecklist(result.target)} data-testid="open-checklist">
          {checklistLabel(checklist)}
        </button>
      )}
      {advisories.length > 0 && (
        <section class="advisories" aria-labelledby={`${id}-adv`}>
          <h3 id={`${id}-adv`}>{advisories[0]?.certainty === 'may-apply' ? t('card_advisories_may_apply') : t('card_advisories_apply')}</h3>
          <ul>
            {advisories.map((m) => (
              <li key={m.advisory.id}>
                <button type="button" class="link-button" onClick={() => onOpenAdvisory(m.advisory.id)}>
                  {m.advisory.id}: {m.advisory.title}
                </button>
                {m.advisory.origin === 'feed' && (
                  <span class="meta" data-source="feed">
                    {' '}
                    ({t('card_from_feed')}
                    {m.advisory.version ? `, ${t('adv_version_item', m.advisory.version)}` : ''})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <EvidenceDetails result={result} />
      <p class="card-foot">
        <span>
          {t('card_checked')}{' '}
          <time dateTime={new Date(result.checkedAt).toISOString()} title={formatDateTime(result.checkedAt)}>
            {formatAgo(result.checkedAt, now)}
          </time>
        </span>
        <button
          type="button"
          class="secondary"
          disabled={busy}
          onClick={() => onCheckAgain(result.target)}
          aria-label={t('card_check_again_label', result.target)}
        >
          {t('card_check_again')}
        </button>
      </p>
    </article>
  );
}
