import { useState } from 'preact/hooks';
import { cacheFor, type FeedCache } from '../core/feed/cache';
import { feedErrorText, rejectionText } from '../core/feed/rejection-texts';
import { formatDateTime } from '../core/text/format-time';
import { t } from '../core/text/i18n';
import { ManagedMark } from './ManagedMark';

export interface FeedStatusProps {
  /** The feed IT's policy names. */
  feedUrl: string;
  /** What the last checks left; undefined before the first. */
  cache: FeedCache | undefined;
  /** Asks the background to check now; resolves when the check is over. */
  onCheckNow: () => Promise<void>;
}

/** The settings page's account of IT's advisory feed: where, when last checked, what is held, and each refused file and why. */
export function FeedStatus({ feedUrl, cache, onCheckNow }: FeedStatusProps) {
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState<string>();
  const current = cacheFor(cache, feedUrl);
  const checkNow = () => {
    setChecking(true);
    setFailed(undefined);
    onCheckNow()
      .catch((e: unknown) => setFailed(t('opt_feed_check_failed', e instanceof Error ? e.message : String(e))))
      .finally(() => setChecking(false));
  };
  return (
    <section aria-labelledby="feed-h" data-testid="feed-status">
      <h2 id="feed-h">
        {t('opt_feed_heading')} <ManagedMark id="feed-managed" />
      </h2>
      <p>{t('opt_feed_what', new URL(feedUrl).host)}</p>
      <dl class="reporting">
        <dt>{t('opt_feed_last')}</dt>
        <dd data-testid="feed-last">
          {current?.lastSuccessAt !== undefined ? formatDateTime(current.lastSuccessAt) : t('opt_feed_never')}
        </dd>
        <dt>{t('opt_feed_held')}</dt>
        <dd data-testid="feed-held">{current?.documents.map((d) => `${d.trackingId} (${d.version})`).join(', ') || '0'}</dd>
        {current?.lastError && (
          <>
            <dt>{t('opt_feed_error')}</dt>
            <dd class="error" data-testid="feed-error">
              {feedErrorText(current.lastError)}
            </dd>
          </>
        )}
      </dl>
      {current && current.rejections.length > 0 && (
        <>
          <h3>{t('opt_feed_rejected')}</h3>
          <ul data-testid="feed-rejections">
            {current.rejections.map((r) => (
              <li key={`${r.file}:${r.code}`} data-code={r.code}>
                <code>{r.file}</code>: {rejectionText(r)}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={checkNow} disabled={checking} data-testid="feed-check-now">
        {checking ? t('opt_feed_checking') : t('opt_feed_check_now')}
      </button>
      {failed && (
        <p class="error" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
