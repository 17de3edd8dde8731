import { t } from '../core/i18n';

export interface HostAccessBannerProps {
  targets: string[];
  onAllow: () => void;
  error?: string;
}

/** Policy cannot grant host access; the person allows it here, in one click, for exactly IT's list. */
export function HostAccessBanner({ targets, onAllow, error }: HostAccessBannerProps) {
  if (targets.length === 0) return null;
  return (
    <section class="notice host-access" aria-labelledby="host-access-h" data-testid="host-access">
      <h2 id="host-access-h">{targets.length === 1 ? t('access_heading_one') : t('access_heading_many', targets.length)}</h2>
      <ul>
        {targets.map((t) => (
          <li key={t}>
            <code>{t}</code>
          </li>
        ))}
      </ul>
      <p>{t('access_body')}</p>
      <button type="button" class="primary" onClick={onAllow}>
        {t('access_allow')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
