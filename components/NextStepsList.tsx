import type { NextSteps } from '../core/next-steps';
import { SafeLink } from './SafeLink';

export interface NextStepsListProps {
  nextSteps: NextSteps;
  headingId: string;
}

const STATUS_NOTE = { live: '', historic: ' (historic page, no longer online)', archived: ' (archived copy)' } as const;

export function NextStepsList({ nextSteps, headingId }: NextStepsListProps) {
  if (nextSteps.steps.length === 0 && nextSteps.links.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby={headingId}>
      <h3 id={headingId}>What to do next</h3>
      {nextSteps.steps.length > 0 && (
        <ol>
          {nextSteps.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {nextSteps.links.length > 0 && (
        <ul class="links">
          {nextSteps.links.map((link) => (
            <li key={link.id}>
              <SafeLink href={link.url}>{link.label}</SafeLink>
              {STATUS_NOTE[link.status]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
