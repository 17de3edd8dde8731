import type { SecurityReport } from '../core/report';
import { SafeLink } from './SafeLink';

export interface ReportPanelProps {
  report: SecurityReport;
  recipientLabel: string;
  status?: string;
  onCopy: () => void;
  onDownload: () => void;
}

export function ReportPanel({ report, recipientLabel, status, onCopy, onDownload }: ReportPanelProps) {
  return (
    <div class="report">
      <p>The report below goes to {recipientLabel}. Nothing is sent unless you send it.</p>
      <pre class="report-text" tabIndex={0} aria-label="Report text" data-testid="report-text">
        {report.text}
      </pre>
      <div class="actions">
        <button type="button" class="secondary" onClick={onCopy}>
          Copy report
        </button>
        {report.mailto && (
          <span class="button-link">
            <SafeLink href={report.mailto}>E-mail it</SafeLink>
          </span>
        )}
        <button type="button" class="secondary" onClick={onDownload}>
          Download JSON
        </button>
      </div>
      <p role="status" class="ok-text">
        {status ?? ''}
      </p>
    </div>
  );
}
