import type { RequestEvidence, TargetResult } from '../core/evidence';
import { errorReason } from '../core/error-reasons';
import { formatDateTime } from '../core/format-time';

export interface EvidenceDetailsProps {
  result: TargetResult;
}

/** Banners are untrusted text; long ones are cut for display (the full value stays in storage and the report). */
const SHOWN_BANNER_LENGTH = 120;

function shown(value: string): string {
  return value.length > SHOWN_BANNER_LENGTH ? `${value.slice(0, SHOWN_BANNER_LENGTH)}… (${value.length} characters)` : value;
}

function describeAnswer(r: RequestEvidence): string {
  if (r.status === undefined) return r.error ? `no answer: ${errorReason(r.error)}` : 'no answer';
  const parts = [r.redirected ? `redirect${r.status ? ` ${r.status}` : ''} (not followed)` : `status ${r.status}`];
  if (r.bodyTruncated) parts.push('long body, only the start was read');
  if (r.error) parts.push(`then ${errorReason(r.error).toLowerCase()}`);
  return parts.join('; ');
}

function serverText(r: RequestEvidence): string {
  if (r.server === undefined) return r.status === undefined ? '—' : 'hidden by the redirect';
  return r.server === null ? 'none sent' : shown(r.server);
}

export function EvidenceDetails({ result }: EvidenceDetailsProps) {
  return (
    <details class="evidence">
      <summary>Evidence</summary>
      <ul class="reasons">
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <dl>
        {result.requests.map((r) => (
          <div key={r.path} class="request">
            <dt>
              <code>GET {r.path}</code>
            </dt>
            <dd>
              {describeAnswer(r)}, {r.durationMs} ms
            </dd>
            <dd>
              Server header: <code>{serverText(r)}</code>
            </dd>
            {r.errorDetail && <dd class="detail">{r.errorDetail}</dd>}
          </div>
        ))}
      </dl>
      <p class="meta">
        Rule: <code>{result.rule}</code> · Checked {formatDateTime(result.checkedAt)} · took {result.durationMs} ms
      </p>
    </details>
  );
}
