import { t } from '../core/text/i18n';

export interface HostAccessBannerProps {
  targets: string[];
  /** True when IT listed these servers; the built-in addresses of this computer are the extension's own ask. */
  fromIt: boolean;
  onAllow: () => void;
  error?: string;
}

/** Policy cannot grant host access, and Firefox lets a person withdraw it; the person allows it here, in one click, for exactly the blocked hosts. */
export function HostAccessBanner({ targets, fromIt, onAllow, error }: HostAccessBannerProps) {
  if (targets.length === 0) return null;
  const one = targets.length === 1;
  const heading = fromIt
    ? one
      ? t('access_heading_one')
      : t('access_heading_many', targets.length)
    : one
      ? t('access_heading_local_one')
      : t('access_heading_local_many', targets.length);
  return (
    <section class="notice host-access" aria-labelledby="host-access-h" data-testid="host-access">
      <h2 id="host-access-h">{heading}</h2>
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
