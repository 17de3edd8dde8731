/**
 * What a target's evidence means for the Code Red worms. These tokens are the
 * contract with the UI (`data-verdict`), the badge and the tests: never rename one.
 */
export const VERDICTS = ['infected', 'exposed', 'possibly-vulnerable', 'unknown', 'mitigated', 'not-affected', 'unreachable'] as const;

export type Verdict = (typeof VERDICTS)[number];

/**
 * Worst first. `unknown` ranks above `mitigated` because missing evidence must
 * never read as safe; `unreachable` is last because nothing answered to attack.
 */
const RANK: Record<Verdict, number> = {
  infected: 0,
  exposed: 1,
  'possibly-vulnerable': 2,
  unknown: 3,
  mitigated: 4,
  'not-affected': 5,
  unreachable: 6,
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

/** Verdicts that ask the person to act. */
export function needsAction(verdict: Verdict): boolean {
  return RANK[verdict] <= RANK['possibly-vulnerable'];
}
