import type { Advisory } from '../core/advisories/types';
import { formatDate } from '../core/text/format-time';
import { t } from '../core/text/i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { sourceText } from '../core/feed/texts';

export interface AdvisoryListProps {
  advisories: readonly Advisory[];
  bundleDate: string;
  onOpen: (id: string) => void;
  /** Set when IT's feed is configured and has not been checked successfully within its stale period. */
  feedStale?: { lastSuccessAt?: number };
}

export function AdvisoryList({ advisories, bundleDate, onOpen, feedStale }: AdvisoryListProps) {
  const fromIt = advisories.filter((a) => a.origin === 'organization').length;
  return (
    <section aria-labelledby="adv-h">
      <h2 id="adv-h">{t('adv_heading')}</h2>
      <p class="meta" data-testid="bundle-info">
        {fromIt > 0
          ? t('adv_count_it', advisories.length, fromIt, formatDate(Date.parse(bundleDate)))
          : t('adv_count', advisories.length, formatDate(Date.parse(bundleDate)))}
      </p>
      {feedStale && (
        <p class="notice" role="status" data-testid="feed-stale">
          {feedStale.lastSuccessAt !== undefined ? t('adv_feed_stale', formatDate(feedStale.lastSuccessAt)) : t('adv_feed_never')}
        </p>
      )}
      <ul class="advisory-list">
        {advisories.map((a) => (
          <li key={a.id}>
            <ErrorBoundary what={t('part_advisory', a.id)}>
              <button type="button" class="advisory-item" onClick={() => onOpen(a.id)} data-advisory={a.id}>
                <span class="advisory-id">{a.id}</span>
                <span class="advisory-title">{a.title}</span>
                <span class="meta">
                  {a.publisher} · {formatDate(Date.parse(a.initialReleaseDate))}
                  {a.severity ? ` · ${t('adv_severity_item', a.severity)}` : ''}
                </span>
                <span class="meta" data-source={a.origin}>
                  {sourceText(a)}
                  {a.version ? ` · ${t('adv_version_item', a.version)}` : ''}
                </span>
              </button>
            </ErrorBoundary>
          </li>
        ))}
      </ul>
    </section>
  );
}
