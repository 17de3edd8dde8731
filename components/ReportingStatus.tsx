import { formatDateTime } from '../core/text/format-time';
import { t } from '../core/text/i18n';
import { ManagedMark } from './ManagedMark';

export interface ReportingStatusProps {
  /** Where IT's policy sends reports. */
  endpoint: string;
  queued: number;
  lastDeliveredAt?: number;
  lastError?: { at: number; reason: string };
}

/** The settings page's account of fleet reporting: set by IT, where it goes, what is sent, and how delivery is going. */
export function ReportingStatus({ endpoint, queued, lastDeliveredAt, lastError }: ReportingStatusProps) {
  return (
    <section aria-labelledby="reporting-h" data-testid="reporting-status">
      <h2 id="reporting-h">
        {t('opt_reporting_heading')} <ManagedMark id="reporting-managed" />
      </h2>
      <p>{t('opt_reporting_what', new URL(endpoint).host)}</p>
      <dl class="reporting">
        <dt>{t('opt_reporting_endpoint')}</dt>
        <dd>
          <code>{endpoint}</code>
        </dd>
        <dt>{t('opt_reporting_last')}</dt>
        <dd>{lastDeliveredAt !== undefined ? formatDateTime(lastDeliveredAt) : t('opt_reporting_never')}</dd>
        <dt>{t('opt_reporting_queued')}</dt>
        <dd data-testid="reporting-queued">{queued}</dd>
        {lastError && (
          <>
            <dt>{t('opt_reporting_error')}</dt>
            <dd class="error">
              {lastError.reason} ({formatDateTime(lastError.at)})
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
