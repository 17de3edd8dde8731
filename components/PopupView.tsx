import type { ScanReport } from '../core/evidence';
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
  const allQuiet = results.length > 0 && results.every((r) => r.verdict === 'unreachable');
  const cards = results.map((r) => <TargetCard key={r.target} result={r} now={now} busy={running} onCheckAgain={onCheckTarget} />);
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
      {allQuiet ? (
        <details class="quiet-list">
          <summary>Addresses checked ({results.length})</summary>
          {cards}
        </details>
      ) : (
        cards
      )}
      <footer class="honesty">
        A server&rsquo;s name cannot prove it is patched, and a server that hides its name is not proven safe. This extension only sends two
        harmless requests (<code>GET /</code> and <code>GET /NULL.ida</code>) to addresses on this computer.
      </footer>
    </main>
  );
}
