import type { AdvisoryMatch } from '../core/advisories/match';
import type { ScanReport, TargetResult } from '../core/verdict/evidence';
import { formatAgo } from '../core/text/format-time';
import { t } from '../core/text/i18n';
import { compareVerdicts, type Verdict } from '../core/verdict/verdict';
import { ErrorBoundary } from './ErrorBoundary';
import { ScanSummary } from './ScanSummary';
import { TargetCard, type ChecklistState } from './TargetCard';

/** What the container works out for each finding from storage and the catalog. */
export interface FindingExtras {
  advisories: AdvisoryMatch[];
  checklist?: ChecklistState;
  patchedAt?: number;
  /** The verdict to rank by (a reported patch counts as mitigated). */
  rankAs: Verdict;
}

export interface FindingsViewProps {
  report: ScanReport | null;
  running: boolean;
  now: number;
  extras: (result: TargetResult) => FindingExtras;
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
  const { report, running, now, extras, problems, error, onCheckAll } = props;
  const rank = (r: TargetResult): Verdict => {
    try {
      return extras(r).rankAs;
    } catch {
      // Its card shows the problem; rank it by the evidence alone.
      return r.verdict;
    }
  };
  const results = [...(report?.results ?? [])].sort((a, b) => compareVerdicts(rank(a), rank(b)));
  // Each card is its own boundary: one finding that cannot be shown leaves the others, and the buttons, working.
  const toCard = (r: TargetResult) => (
    <ErrorBoundary key={r.target} what={t('part_finding', r.target)} resetKey={r.checkedAt}>
      <FindingCard {...props} result={r} />
    </ErrorBoundary>
  );
  // Addresses where nothing answered are good news; folded away so the ones that matter stay in view.
  const answered = results.filter((r) => r.verdict !== 'unreachable');
  const quiet = results.filter((r) => r.verdict === 'unreachable');
  const quietLabel =
    answered.length === 0
      ? t('findings_addresses_checked', quiet.length)
      : quiet.length === 1
        ? t('findings_quiet_one')
        : t('findings_quiet_many', quiet.length);
  return (
    <>
      <ScanSummary report={report} verdictOf={rank} running={running} />
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
  const { result: r, extras, now, running } = props;
  const x = extras(r);
  return (
    <TargetCard
      result={r}
      now={now}
      busy={running}
      advisories={x.advisories}
      {...(x.checklist ? { checklist: x.checklist } : {})}
      {...(x.patchedAt !== undefined ? { patchedAt: x.patchedAt } : {})}
      onCheckAgain={props.onCheckTarget}
      onOpenAdvisory={props.onOpenAdvisory}
      onOpenChecklist={props.onOpenChecklist}
    />
  );
}
