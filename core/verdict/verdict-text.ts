import { t, type MessageKey } from '../text/i18n';
import type { Verdict, VerdictBasis } from './verdict';
import { verdictLabel, type VerdictLabel } from './verdict-labels';

/** How a verdict is put to a person who has never heard of Code Red: the short words plus what it means for them. */
export interface VerdictText extends VerdictLabel {
  meaning: string;
}

const MEANING: Record<Verdict, MessageKey> = {
  infected: 'verdict_infected_meaning',
  exposed: 'verdict_exposed_meaning',
  'possibly-vulnerable': 'verdict_possibly_vulnerable_meaning',
  mitigated: 'verdict_mitigated_meaning',
  'not-affected': 'verdict_not_affected_meaning',
  unknown: 'verdict_unknown_meaning',
  'not-checked': 'verdict_not_checked_meaning',
  unreachable: 'verdict_unreachable_meaning',
};

/** `basis`: a patch the person reported reads as mitigated with its own words (the server still answers as before). */
export function verdictText(verdict: Verdict, basis: VerdictBasis = 'evidence'): VerdictText {
  if (basis === 'patch-reported') {
    return {
      ...verdictLabel(verdict),
      headline: t('verdict_mitigated_reported_headline'),
      meaning: t('verdict_mitigated_reported_meaning'),
    };
  }
  return { ...verdictLabel(verdict), meaning: t(MEANING[verdict]) };
}
