import type { Advisory, RemediationCategory } from '../core/advisories/types';
import { formatDate } from '../core/text/format-time';
import { t, type MessageKey } from '../core/text/i18n';
import { LinkList } from './LinkList';
import { sourceText, verificationText } from '../core/feed/texts';

export interface AdvisoryDetailProps {
  advisory: Advisory;
  onBack: () => void;
}

const CATEGORY: Record<RemediationCategory, MessageKey> = {
  vendor_fix: 'adv_vendor_fix',
  workaround: 'adv_workaround',
  mitigation: 'adv_mitigation',
  none_available: 'adv_none_available',
  no_fix_planned: 'adv_no_fix_planned',
};

export function AdvisoryDetail({ advisory: a, onBack }: AdvisoryDetailProps) {
  return (
    <article class="advisory" aria-labelledby="adv-title" data-advisory-detail={a.id}>
      <button type="button" class="link-button back" onClick={onBack}>
        {t('adv_all')}
      </button>
      <p class="advisory-id">{a.id}</p>
      <h2 id="adv-title">{a.title}</h2>
      <dl class="facts">
        <dt>{t('adv_published_by')}</dt>
        <dd>{a.publisher}</dd>
        <dt>{t('adv_source')}</dt>
        <dd data-testid="advisory-source">{sourceText(a)}</dd>
        <dt>{t('adv_verification')}</dt>
        <dd data-testid="advisory-verification">{verificationText(a)}</dd>
        {a.version && (
          <>
            <dt>{t('adv_version')}</dt>
            <dd data-testid="advisory-version">{a.version}</dd>
          </>
        )}
        <dt>{t('adv_first_published')}</dt>
        <dd>{formatDate(Date.parse(a.initialReleaseDate))}</dd>
        <dt>{t('adv_last_revised')}</dt>
        <dd>{formatDate(Date.parse(a.currentReleaseDate))}</dd>
        <dt>{t('adv_severity')}</dt>
        <dd>{a.severity ?? t('adv_not_rated')}</dd>
        <dt>{t('adv_affects')}</dt>
        <dd>{a.affected.map((p) => p.name).join('; ')}</dd>
        {a.cves.length > 0 && (
          <>
            <dt>{t('adv_cve')}</dt>
            <dd>{a.cves.join(', ')}</dd>
          </>
        )}
      </dl>
      <p>{a.description}</p>
      <h3>{t('adv_what_to_do')}</h3>
      <ul class="remediations">
        {a.remediations.map((r) => (
          <li key={r.details}>
            <strong>{t(CATEGORY[r.category])}:</strong> {r.details}
            {r.link && <LinkList links={[{ label: t('adv_read_more'), url: r.link.url, status: r.link.status }]} />}
          </li>
        ))}
      </ul>
      {a.references.length > 0 && (
        <>
          <h3>{t('adv_references')}</h3>
          <LinkList links={a.references.map((r) => ({ label: r.summary, url: r.url, status: r.status }))} />
        </>
      )}
      {a.refusedLinks && a.refusedLinks.length > 0 && (
        <p class="notice" data-testid="refused-links">
          {t('adv_links_refused', a.refusedLinks.length, [...new Set(a.refusedLinks.map((r) => r.scheme))].join(', '))}
        </p>
      )}
    </article>
  );
}
