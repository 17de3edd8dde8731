import type { RequestEvidence, TargetResult } from '../core/verdict/evidence';
import { errorReason } from '../core/probe/error-reasons';
import { reasonText } from '../core/verdict/reasons';
import { formatDateTime } from '../core/text/format-time';
import { t } from '../core/text/i18n';

export interface EvidenceDetailsProps {
  result: TargetResult;
}

/** Banners are untrusted text; long ones are cut for display (the full value stays in storage and the report). */
const SHOWN_BANNER_LENGTH = 120;

function shown(value: string): string {
  return value.length > SHOWN_BANNER_LENGTH ? t('evidence_long_banner', value.slice(0, SHOWN_BANNER_LENGTH), value.length) : value;
}

function describeAnswer(r: RequestEvidence): string {
  if (r.status === undefined) return r.error ? t('evidence_no_answer_because', errorReason(r.error)) : t('evidence_no_answer');
  const parts = [
    r.redirected ? (r.status ? t('evidence_redirect_status', r.status) : t('evidence_redirect')) : t('evidence_status', r.status),
  ];
  if (r.bodyTruncated) parts.push(t('evidence_truncated'));
  if (r.error) parts.push(t('evidence_then', errorReason(r.error)));
  return parts.join('; ');
}

function serverText(r: RequestEvidence): string {
  if (r.server === undefined) return r.status === undefined ? '—' : t('evidence_server_hidden');
  return r.server === null ? t('evidence_server_none') : shown(r.server);
}

export function EvidenceDetails({ result }: EvidenceDetailsProps) {
  return (
    <details class="evidence">
      <summary>{t('evidence_summary')}</summary>
      <ul class="reasons">
        {result.reasons
          .map((reason) => reasonText(reason, t))
          .filter((text) => text !== '')
          .map((text, i) => (
            <li key={i}>{text}</li>
          ))}
      </ul>
      <dl>
        {result.requests.map((r) => (
          <div key={r.path} class="request">
            <dt>
              <code>GET {r.path}</code>
            </dt>
            <dd>
              {describeAnswer(r)}, {t('evidence_duration', r.durationMs)}
            </dd>
            <dd>
              {t('evidence_server')} <code>{serverText(r)}</code>
            </dd>
            {r.errorDetail && <dd class="detail">{r.errorDetail}</dd>}
            {r.errorInferred && <dd class="detail">{r.error === 'tls' ? t('evidence_inferred_tls') : t('evidence_inferred_refused')}</dd>}
          </div>
        ))}
      </dl>
      <p class="meta">
        {t('evidence_rule')} <code>{result.rule}</code> · {t('evidence_checked_at', formatDateTime(result.checkedAt))} ·{' '}
        {t('evidence_took', result.durationMs)}
      </p>
    </details>
  );
}
