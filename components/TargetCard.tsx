import type { TargetResult } from '../core/evidence';
import { formatAgo, formatDateTime } from '../core/format-time';
import { NEXT_STEPS } from '../core/next-steps';
import { VERDICT_TEXT } from '../core/verdict-text';
import { EvidenceDetails } from './EvidenceDetails';
import { NextStepsList } from './NextStepsList';

export interface TargetCardProps {
  result: TargetResult;
  now: number;
  busy: boolean;
  onCheckAgain: (target: string) => void;
}

function cardId(target: string): string {
  return `t-${target.replace(/[^a-z0-9]/gi, '-')}`;
}

export function TargetCard({ result, now, busy, onCheckAgain }: TargetCardProps) {
  const text = VERDICT_TEXT[result.verdict];
  const id = cardId(result.target);
  return (
    <article class={`card verdict-${result.verdict}`} data-target={result.target} data-verdict={result.verdict} aria-labelledby={`${id}-h`}>
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
      <p class="meaning">{text.meaning}</p>
      <NextStepsList nextSteps={NEXT_STEPS[result.verdict]} headingId={`${id}-next`} />
      <EvidenceDetails result={result} />
      <p class="card-foot">
        <span>
          Checked{' '}
          <time dateTime={new Date(result.checkedAt).toISOString()} title={formatDateTime(result.checkedAt)}>
            {formatAgo(result.checkedAt, now)}
          </time>
        </span>
        <button
          type="button"
          class="secondary"
          disabled={busy}
          onClick={() => onCheckAgain(result.target)}
          aria-label={`Check ${result.target} again`}
        >
          Check again
        </button>
      </p>
    </article>
  );
}
