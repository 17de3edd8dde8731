import { t } from '../core/text/i18n';
import type { SecurityReport } from '../core/report/report';
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
      <p>{recipientLabel ? t('report_nothing_sent_to', recipientLabel) : t('report_nothing_sent')}</p>
      <pre class="report-text" tabIndex={0} aria-label={t('report_text_label')} data-testid="report-text">
        {report.text}
      </pre>
      <div class="actions">
        <button type="button" class="secondary" onClick={onCopy}>
          {t('report_copy')}
        </button>
        {report.mailto && (
          <span class="button-link">
            <SafeLink href={report.mailto}>{t('report_email')}</SafeLink>
          </span>
        )}
        <button type="button" class="secondary" onClick={onDownload}>
          {t('report_download')}
        </button>
      </div>
      <p role="status" class="ok-text">
        {status ?? ''}
      </p>
    </div>
  );
}
