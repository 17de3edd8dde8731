import { t } from '../core/text/i18n';
import type { NextSteps } from '../core/verdict/next-steps';

export interface NextStepsListProps {
  nextSteps: NextSteps;
  headingId: string;
}

export function NextStepsList({ nextSteps, headingId }: NextStepsListProps) {
  if (nextSteps.steps.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('next_steps_heading')}</h3>
      <ol>
        {nextSteps.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
