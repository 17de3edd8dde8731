import type { FaqEntry } from '../core/views/faq';
import { t } from '../core/text/i18n';
import { LinkList } from './LinkList';

export interface FaqViewProps {
  entries: FaqEntry[];
  onOpenAdvisory: (id: string) => void;
}

export function FaqView({ entries, onOpenAdvisory }: FaqViewProps) {
  return (
    <section aria-labelledby="faq-h">
      <h2 id="faq-h">{t('faq_heading')}</h2>
      {entries.map((entry) => (
        <details key={entry.id} class="faq" data-faq={entry.id}>
          <summary>{entry.question}</summary>
          {entry.answer.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {entry.links && <LinkList links={entry.links} />}
          {entry.advisoryIds && entry.advisoryIds.length > 0 && (
            <p>
              {t('faq_read')}{' '}
              {entry.advisoryIds.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <button type="button" class="link-button" onClick={() => onOpenAdvisory(id)}>
                    {id}
                  </button>
                </span>
              ))}
            </p>
          )}
        </details>
      ))}
    </section>
  );
}
