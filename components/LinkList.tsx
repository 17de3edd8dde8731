import type { StepLink } from '../core/advisories/types';
import { t } from '../core/text/i18n';
import { SafeLink } from './SafeLink';

export interface LinkListProps {
  links: readonly StepLink[];
}

/** Live pages are links; pages that are gone are named as historic and not linked. */
export function LinkList({ links }: LinkListProps) {
  if (links.length === 0) return null;
  return (
    <ul class="links">
      {links.map((link) => (
        <li key={link.url}>
          {link.status === 'historic' ? (
            <span>
              {link.label} <span class="tag">{t('link_historic')}</span>
            </span>
          ) : (
            <>
              <SafeLink href={link.url}>{link.label}</SafeLink>
              {link.status === 'archived' && <span class="tag">{t('link_archived')}</span>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
