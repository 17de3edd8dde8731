import type { Tone } from '../verdict/verdict';
import type { FindingHead } from './current';

/**
 * The one line above the cards: what all findings add up to. Decided here from the finding views, so the summary,
 * the badge and the cards can never disagree; ScanSummary only puts it into words.
 */
export type SummaryKind = 'checking' | 'unchecked' | 'quiet' | 'infected' | 'at-risk' | 'not-checked' | 'unknown' | 'safe';

export interface ScanSummaryState {
  kind: SummaryKind;
  /** `neutral` before any result: nothing is known yet, good or bad. */
  tone: Tone | 'neutral';
  /** Findings that need action (at-risk), or that could not be checked (not-checked). */
  count: number;
  /** Addresses the browser kept the probe from reaching: said in every summary, since none of them is known to be safe. */
  notChecked: number;
  /** Some finding counts as safe only because the person reported it patched: the summary says it rests on that. */
  reported: boolean;
}

export function scanSummary(
  findings: readonly (Pick<FindingHead, 'verdict' | 'needsAction'> & Partial<Pick<FindingHead, 'basis'>>)[] | null,
  running: boolean,
): ScanSummaryState {
  if (!findings || findings.length === 0) {
    return { kind: running ? 'checking' : 'unchecked', tone: 'neutral', count: 0, notChecked: 0, reported: false };
  }
  const notChecked = findings.filter((f) => f.verdict === 'not-checked').length;
  const atRisk = findings.filter((f) => f.needsAction).length;
  const reported = findings.some((f) => f.basis === 'patch-reported');
  const state = (kind: SummaryKind, tone: Tone, count = 0): ScanSummaryState => ({ kind, tone, count, notChecked, reported });
  if (findings.some((f) => f.verdict === 'infected')) return state('infected', 'bad', atRisk);
  if (atRisk > 0) return state('at-risk', 'bad', atRisk);
  if (notChecked > 0) return state('not-checked', 'warn', notChecked);
  if (findings.some((f) => f.verdict === 'unknown')) return state('unknown', 'warn');
  if (findings.every((f) => f.verdict === 'unreachable')) return state('quiet', 'good');
  return state('safe', 'good');
}
