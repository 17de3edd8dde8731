import { t } from '../core/text/i18n';

/** Shown beside every setting IT decided; the control beside it is disabled. */
export function ManagedMark({ id }: { id: string }) {
  return (
    <span class="managed-mark" id={id} data-testid="managed-mark">
      {t('managed_mark')}
    </span>
  );
}
