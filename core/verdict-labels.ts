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

export const VERDICT_LABELS: Record<Verdict, VerdictLabel> = {
  infected: { icon: '\u2716', label: 'Infected', headline: 'This server shows signs of the Code Red worm' },
  exposed: { icon: '\u26a0', label: 'Exposed', headline: 'Code Red can attack this server unless it is patched' },
  'possibly-vulnerable': { icon: '\u26a0', label: 'Possibly vulnerable', headline: 'This may be a server Code Red attacks' },
  mitigated: { icon: '\u2714', label: 'Protected for now', headline: 'The part Code Red uses is switched off' },
  'not-affected': { icon: '\u2714', label: 'Not affected', headline: 'Code Red does not attack this server' },
  unknown: { icon: '?', label: 'Cannot tell', headline: 'A web server answered, but we cannot tell which' },
  unreachable: { icon: '\u25cb', label: 'Nothing answered', headline: 'No web server answered here' },
};
