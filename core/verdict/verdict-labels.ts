import { t, type MessageKey } from '../text/i18n';
import type { Verdict } from './verdict';

/**
 * A verdict's short words: icon, label and headline. Kept apart from the
 * longer explanations (verdict-text.ts) because the background needs only
 * these, for the badge tooltip and notifications.
 */
export interface VerdictLabel {
  /** A glyph that carries the meaning without colour. */
  icon: string;
  label: string;
  headline: string;
}

const ICON: Record<Verdict, string> = {
  infected: '\u2716',
  exposed: '\u26a0',
  'possibly-vulnerable': '\u26a0',
  mitigated: '\u2714',
  'not-affected': '\u2714',
  unknown: '?',
  'not-checked': '\u2298',
  unreachable: '\u25cb',
};

const KEYS: Record<Verdict, { label: MessageKey; headline: MessageKey }> = {
  infected: { label: 'verdict_infected_label', headline: 'verdict_infected_headline' },
  exposed: { label: 'verdict_exposed_label', headline: 'verdict_exposed_headline' },
  'possibly-vulnerable': { label: 'verdict_possibly_vulnerable_label', headline: 'verdict_possibly_vulnerable_headline' },
  mitigated: { label: 'verdict_mitigated_label', headline: 'verdict_mitigated_headline' },
  'not-affected': { label: 'verdict_not_affected_label', headline: 'verdict_not_affected_headline' },
  unknown: { label: 'verdict_unknown_label', headline: 'verdict_unknown_headline' },
  'not-checked': { label: 'verdict_not_checked_label', headline: 'verdict_not_checked_headline' },
  unreachable: { label: 'verdict_unreachable_label', headline: 'verdict_unreachable_headline' },
};

export function verdictLabel(verdict: Verdict): VerdictLabel {
  return { icon: ICON[verdict], label: t(KEYS[verdict].label), headline: t(KEYS[verdict].headline) };
}
