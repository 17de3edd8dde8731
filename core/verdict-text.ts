import { VERDICTS, type Verdict } from './verdict';
import { VERDICT_LABELS, type VerdictLabel } from './verdict-labels';

/** How a verdict is put to a person who has never heard of Code Red: the short words plus what it means for them. */
export interface VerdictText extends VerdictLabel {
  meaning: string;
}

const MEANING: Record<Verdict, { meaning: string }> = {
  infected: {
    meaning:
      'Its home page carries the worm\u2019s defacement. Disconnect this computer from the network, patch it and clean it before you reconnect, and tell your IT help desk.',
  },
  exposed: {
    meaning:
      'It is IIS with the .ida feature the worm uses switched on. We cannot see from outside whether the Microsoft patch is installed, so treat it as open to attack until you have patched it or turned IIS off.',
  },
  'possibly-vulnerable': {
    meaning:
      'It says it is IIS 4.0 or 5.0, the versions Code Red attacks, but the second check gave no clear answer. Make sure the patch is installed, or turn IIS off if you do not need it.',
  },
  mitigated: {
    meaning:
      'This is IIS 4.0 or 5.0, but the .ida feature the worm needs does not answer. Install the patch anyway: adding or removing Windows components can switch it back on.',
  },
  'not-affected': {
    meaning: 'It identifies itself as a web server that the Code Red worms cannot infect.',
  },
  unknown: {
    meaning:
      'It does not say clearly what it is, so we cannot rule Code Red out. That is not the same as safe. If this computer runs Microsoft IIS, make sure it is patched.',
  },
  unreachable: {
    meaning: 'Nothing on this address can be attacked by Code Red right now.',
  },
};

export const VERDICT_TEXT = Object.fromEntries(VERDICTS.map((v) => [v, { ...VERDICT_LABELS[v], ...MEANING[v] }])) as Record<
  Verdict,
  VerdictText
>;
