import { useState } from 'preact/hooks';
import { formatDateTime } from '../core/text/format-time';
import { t } from '../core/text/i18n';
import { ManagedMark } from './ManagedMark';
import type { DeliveryProblem } from '../core/fleet/queue';

function problemText(problem: DeliveryProblem): string {
  return problem.code === 'fleet_err_http' ? t('fleet_err_http', problem.status) : t(problem.code);
}

export interface ReportingStatusProps {
  /** Where IT's policy sends reports. */
  endpoint: string;
  queued: number;
  lastDeliveredAt?: number;
  lastError?: { at: number; problem: DeliveryProblem };
  /** False when the extension may not reach the collector's host yet; undefined while unknown. */
  hostAccess?: boolean;
  /** Asks the browser for access to the collector's host; true when granted. */
  onAllow?: () => Promise<boolean>;
}

/** The settings page's account of fleet reporting: set by IT, where it goes, what is sent, and how delivery is going. */
export function ReportingStatus({ endpoint, queued, lastDeliveredAt, lastError, hostAccess, onAllow }: ReportingStatusProps) {
  const host = new URL(endpoint).host;
  const [denied, setDenied] = useState(false);
  return (
    <section aria-labelledby="reporting-h" data-testid="reporting-status">
      <h2 id="reporting-h">
        {t('opt_reporting_heading')} <ManagedMark id="reporting-managed" />
      </h2>
      <p>{t('opt_reporting_what', host)}</p>
      {hostAccess === false && onAllow && (
        // A policy cannot grant host access: one click by the person does, unless IT built the host in (docs/admin.md §5a).
        <div class="notice" data-testid="reporting-access">
          <p>{t('opt_reporting_no_access', host)}</p>
          <button type="button" class="primary" onClick={() => void onAllow().then((granted) => setDenied(!granted))}>
            {t('opt_reporting_allow', host)}
          </button>
          {denied && <p role="status">{t('opt_reporting_allow_denied')}</p>}
        </div>
      )}
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
              {problemText(lastError.problem)} ({formatDateTime(lastError.at)})
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
