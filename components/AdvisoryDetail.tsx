import type { Advisory, RemediationCategory } from '../core/advisories/types';
import { formatDate } from '../core/format-time';
import { LinkList } from './LinkList';

export interface AdvisoryDetailProps {
  advisory: Advisory;
  onBack: () => void;
}

const CATEGORY: Record<RemediationCategory, string> = {
  vendor_fix: 'Fix from the vendor',
  workaround: 'Workaround',
  mitigation: 'Mitigation',
  none_available: 'No fix available',
  no_fix_planned: 'No fix planned',
};

export function AdvisoryDetail({ advisory: a, onBack }: AdvisoryDetailProps) {
  return (
    <article class="advisory" aria-labelledby="adv-title" data-advisory-detail={a.id}>
      <button type="button" class="link-button back" onClick={onBack}>
        {'\u2190'} All advisories
      </button>
      <p class="advisory-id">{a.id}</p>
      <h2 id="adv-title">{a.title}</h2>
      <dl class="facts">
        <dt>Published by</dt>
        <dd>{a.publisher}</dd>
        <dt>First published</dt>
        <dd>{formatDate(Date.parse(a.initialReleaseDate))}</dd>
        <dt>Last revised</dt>
        <dd>{formatDate(Date.parse(a.currentReleaseDate))}</dd>
        <dt>Severity</dt>
        <dd>{a.severity ?? 'Not rated by the publisher'}</dd>
        <dt>Affects</dt>
        <dd>{a.affected.map((p) => p.name).join('; ')}</dd>
        {a.cves.length > 0 && (
          <>
            <dt>CVE</dt>
            <dd>{a.cves.join(', ')}</dd>
          </>
        )}
      </dl>
      <p>{a.description}</p>
      <h3>What to do</h3>
      <ul class="remediations">
        {a.remediations.map((r) => (
          <li key={r.details}>
            <strong>{CATEGORY[r.category]}:</strong> {r.details}
            {r.link && <LinkList links={[{ label: 'Download or read more', url: r.link.url, status: r.link.status }]} />}
          </li>
        ))}
      </ul>
      {a.references.length > 0 && (
        <>
          <h3>References</h3>
          <LinkList links={a.references.map((r) => ({ label: r.summary, url: r.url, status: r.status }))} />
        </>
      )}
    </article>
  );
}
