/**
 * What a target's evidence means for the Code Red worms. These tokens are the
 * contract with the UI (`data-verdict`), the badge and the tests: never rename one.
 */
export const VERDICTS = [
  'infected',
  'exposed',
  'possibly-vulnerable',
  'unknown',
  'not-checked',
  'mitigated',
  'not-affected',
  'unreachable',
] as const;

export type Verdict = (typeof VERDICTS)[number];

/**
 * Worst first. `unknown` and `not-checked` rank above `mitigated` because missing
 * evidence must never read as safe; `unreachable` is last because nothing answered
 * to attack. `not-checked` (the browser kept the probe from being sent, or it was
 * stopped) ranks below `unknown`: an answer that says nothing clear is something
 * seen, a probe never sent is nothing seen, and both are shown apart from the safe.
 */
const RANK: Record<Verdict, number> = {
  infected: 0,
  exposed: 1,
  'possibly-vulnerable': 2,
  unknown: 3,
  'not-checked': 4,
  mitigated: 5,
  'not-affected': 6,
  unreachable: 7,
};

export function compareVerdicts(a: Verdict, b: Verdict): number {
  return RANK[a] - RANK[b];
}

export function worstVerdict(verdicts: readonly Verdict[]): Verdict | undefined {
  return [...verdicts].sort(compareVerdicts)[0];
}

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/**
 * Verdicts that ask the person to fix something: an open finding for the
 * summary, the card and IT alike (fleet events read this too; one list).
 */
export function needsAction(verdict: Verdict): boolean {
  return RANK[verdict] <= RANK['possibly-vulnerable'];
}

/** What a verdict rests on: what the server answered, or the person's report that the patch is installed. */
export type VerdictBasis = 'evidence' | 'patch-reported';

/** How a verdict looks: bad (act now), warn (we cannot say it is safe), good. The words always carry the same meaning. */
export type Tone = 'bad' | 'warn' | 'good';

export function verdictTone(verdict: Verdict): Tone {
  if (needsAction(verdict)) return 'bad';
  return RANK[verdict] < RANK.mitigated ? 'warn' : 'good';
}
