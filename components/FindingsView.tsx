import type { AdvisoryMatch } from '../core/advisories/match';
import { findingHead, type FindingHead } from '../core/finding/current';
import { scanSummary } from '../core/finding/summary';
import type { ScanReport, TargetResult } from '../core/verdict/evidence';
import { formatAgo } from '../core/text/format-time';
import { t } from '../core/text/i18n';
import { compareVerdicts } from '../core/verdict/verdict';
import { ErrorBoundary } from './ErrorBoundary';
import { ScanSummary } from './ScanSummary';
import { TargetCard } from './TargetCard';

/** What the container works out for each finding from storage and the catalog: the finding view, and its advisories. */
export interface FindingCardData {
  view: FindingHead;
  advisories: AdvisoryMatch[];
}

export interface FindingsViewProps {
  report: ScanReport | null;
  running: boolean;
  now: number;
  cardData: (result: TargetResult) => FindingCardData;
  /** Stored values that could not be used, in plain words. */
  problems: string[];
  /** Set when the last "check" request failed. */
  error?: string;
  onCheckAll: () => void;
  onCheckTarget: (target: string) => void;
  onOpenAdvisory: (id: string) => void;
  onOpenChecklist: (target: string) => void;
}

export function FindingsView(props: FindingsViewProps) {
  const { report, running, now, cardData, problems, error, onCheckAll } = props;
  const viewOf = (r: TargetResult): FindingHead => {
    try {
      return cardData(r).view;
    } catch {
      // Its card shows the problem; rank and count it by the evidence alone, through the same model.
      return findingHead(r, undefined);
    }
  };
  const views = new Map((report?.results ?? []).map((r) => [r, viewOf(r)] as const));
  const verdictOf = (r: TargetResult) => (views.get(r) ?? findingHead(r, undefined)).verdict;
  const results = [...views.keys()].sort((a, b) => compareVerdicts(verdictOf(a), verdictOf(b)));
  // Each card is its own boundary: one finding that cannot be shown leaves the others, and the buttons, working.
  const toCard = (r: TargetResult) => (
    <ErrorBoundary key={r.target} what={t('part_finding', r.target)} resetKey={r.checkedAt}>
      <FindingCard {...props} result={r} />
    </ErrorBoundary>
  );
  // Addresses where nothing answered are good news; folded away so the ones that matter stay in view. An address that
  // could not be checked is not good news and stays in view.
  const answered = results.filter((r) => verdictOf(r) !== 'unreachable');
  const quiet = results.filter((r) => verdictOf(r) === 'unreachable');
  const quietLabel =
    answered.length === 0
      ? t('findings_addresses_checked', quiet.length)
      : quiet.length === 1
        ? t('findings_quiet_one')
        : t('findings_quiet_many', quiet.length);
  return (
    <>
      <ScanSummary summary={scanSummary(report ? [...views.values()] : null, running)} />
      <div class="scan-row">
        <span class="status" role="status">
          {running ? t('findings_checking') : report ? t('findings_last_checked', formatAgo(report.finishedAt, now)) : ''}
        </span>
        <button type="button" class="primary" onClick={onCheckAll} disabled={running} data-testid="check-all">
          {report ? t('findings_check_all_again') : t('findings_check_now')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {problems.map((p) => (
        <p key={p} class="notice">
          {p}
        </p>
      ))}
      {answered.map(toCard)}
      {quiet.length > 0 && (
        <details class="quiet-list">
          <summary>{quietLabel}</summary>
          {quiet.map(toCard)}
        </details>
      )}
      <footer class="honesty">
        {t('findings_honesty')} <code>GET /</code>, <code>GET /NULL.ida</code>.
      </footer>
    </>
  );
}

function FindingCard(props: FindingsViewProps & { result: TargetResult }) {
  const { result: r, cardData, now, running } = props;
  const x = cardData(r);
  return (
    <TargetCard
      finding={x.view}
      now={now}
      busy={running}
      advisories={x.advisories}
      onCheckAgain={props.onCheckTarget}
      onOpenAdvisory={props.onOpenAdvisory}
      onOpenChecklist={props.onOpenChecklist}
    />
  );
}
