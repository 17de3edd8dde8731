import type { ScanReport, TargetResult } from '../core/evidence';
import { formatAgo } from '../core/format-time';
import { compareVerdicts } from '../core/verdict';
import { ScanSummary } from './ScanSummary';
import { TargetCard } from './TargetCard';

export interface PopupViewProps {
  report: ScanReport | null;
  running: boolean;
  now: number;
  /** Stored settings that could not be used, in plain words. */
  problems: string[];
  /** Set when the last "check" request failed. */
  error?: string;
  onCheckAll: () => void;
  onCheckTarget: (target: string) => void;
  onOpenOptions: () => void;
}

export function PopupView({ report, running, now, problems, error, onCheckAll, onCheckTarget, onOpenOptions }: PopupViewProps) {
  const results = [...(report?.results ?? [])].sort((a, b) => compareVerdicts(a.verdict, b.verdict));
  const toCard = (r: TargetResult) => <TargetCard key={r.target} result={r} now={now} busy={running} onCheckAgain={onCheckTarget} />;
  // Addresses where nothing answered are good news; folded away so the ones that matter stay in view.
  const answered = results.filter((r) => r.verdict !== 'unreachable');
  const quiet = results.filter((r) => r.verdict === 'unreachable');
  const quietLabel =
    answered.length === 0
      ? `Addresses checked (${quiet.length})`
      : `Nothing answered at ${quiet.length} other ${quiet.length === 1 ? 'address' : 'addresses'}`;
  return (
    <main class="popup" aria-busy={running}>
      <header class="top">
        <h1>Code Red Advisor</h1>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          Settings
        </button>
      </header>
      <ScanSummary report={report} running={running} />
      <div class="scan-row">
        <span class="status" role="status">
          {running ? 'Checking\u2026' : report ? `Last checked ${formatAgo(report.finishedAt, now)}` : ''}
        </span>
        <button type="button" class="primary" onClick={onCheckAll} disabled={running} data-testid="check-all">
          {report ? 'Check all again' : 'Check now'}
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
        A server&rsquo;s name cannot prove it is patched, and a server that hides its name is not proven safe. This extension only sends two
        harmless requests (<code>GET /</code> and <code>GET /NULL.ida</code>) to addresses on this computer.
      </footer>
    </main>
  );
}
