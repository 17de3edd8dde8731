import { t, type MessageKey } from '../text/i18n';
import type { Verdict, VerdictBasis } from './verdict';

export interface NextSteps {
  /** Plain instructions, most urgent first; the guided checklist has the detail. */
  steps: string[];
}

const STEP_KEYS: Record<Verdict, MessageKey[]> = {
  infected: ['next_infected_1', 'next_infected_2', 'next_infected_3', 'next_infected_4'],
  exposed: ['next_exposed_1', 'next_exposed_2'],
  'possibly-vulnerable': ['next_possibly_vulnerable_1'],
  mitigated: ['next_mitigated_1'],
  unknown: ['next_unknown_1'],
  'not-checked': ['next_not_checked_1'],
  'not-affected': [],
  unreachable: [],
};

/** The short version of what to do next for a verdict, shown on the finding's card. */
export function nextSteps(verdict: Verdict, basis: VerdictBasis = 'evidence'): NextSteps {
  const keys: readonly MessageKey[] = basis === 'patch-reported' ? ['next_patch_reported_1'] : STEP_KEYS[verdict];
  return { steps: keys.map((key) => t(key)) };
}
