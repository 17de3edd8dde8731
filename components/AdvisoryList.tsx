import type { Advisory } from '../core/advisories/types';
import { formatDate } from '../core/format-time';

export interface AdvisoryListProps {
  advisories: readonly Advisory[];
  bundleDate: string;
  onOpen: (id: string) => void;
}

export function AdvisoryList({ advisories, bundleDate, onOpen }: AdvisoryListProps) {
  const fromIt = advisories.filter((a) => a.origin === 'organization').length;
  return (
    <section aria-labelledby="adv-h">
      <h2 id="adv-h">Advisories</h2>
      <p class="meta" data-testid="bundle-info">
        {advisories.length} advisories
        {fromIt > 0 ? ` (${fromIt} from your IT department)` : ''}; the bundled ones were reviewed {formatDate(Date.parse(bundleDate))}.
      </p>
      <ul class="advisory-list">
        {advisories.map((a) => (
          <li key={a.id}>
            <button type="button" class="advisory-item" onClick={() => onOpen(a.id)} data-advisory={a.id}>
              <span class="advisory-id">{a.id}</span>
              <span class="advisory-title">{a.title}</span>
              <span class="meta">
                {a.publisher} · {formatDate(Date.parse(a.initialReleaseDate))}
                {a.severity ? ` · Severity: ${a.severity}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
