import { t } from '../core/text/i18n';
import type { PolicyProblem } from '../core/policy/validate';

export interface PolicyProblemsProps {
  problems: PolicyProblem[];
}

/** What IT set that could not be applied, for the person to pass on to IT. */
export function PolicyProblems({ problems }: PolicyProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <section class="notice" aria-labelledby="policy-problems-h" data-testid="policy-problems">
      <h2 id="policy-problems-h">{t('policy_problems_heading')}</h2>
      <p>{t('policy_problems_body')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key} data-policy-key={p.key}>
            <code>{p.key}</code> = <code>{p.value}</code>: {p.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
