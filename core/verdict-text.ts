import type { Verdict } from './verdict';

/** How a verdict is put to a person who has never heard of Code Red. */
export interface VerdictText {
  /** A glyph that carries the meaning without colour. */
  icon: string;
  /** Short label, also used in the badge tooltip. */
  label: string;
  headline: string;
  meaning: string;
}

export const VERDICT_TEXT: Record<Verdict, VerdictText> = {
  infected: {
    icon: '\u2716',
    label: 'Infected',
    headline: 'This server shows signs of the Code Red worm',
    meaning:
      'Its home page carries the worm\u2019s defacement. Disconnect this computer from the network, patch it and clean it before you reconnect, and tell your IT help desk.',
  },
  exposed: {
    icon: '\u26a0',
    label: 'Exposed',
    headline: 'Code Red can attack this server unless it is patched',
    meaning:
      'It is IIS with the .ida feature the worm uses switched on. We cannot see from outside whether the Microsoft patch is installed, so treat it as open to attack until you have patched it or turned IIS off.',
  },
  'possibly-vulnerable': {
    icon: '\u26a0',
    label: 'Possibly vulnerable',
    headline: 'This may be a server Code Red attacks',
    meaning:
      'It says it is IIS 4.0 or 5.0, the versions Code Red attacks, but the second check gave no clear answer. Make sure the patch is installed, or turn IIS off if you do not need it.',
  },
  mitigated: {
    icon: '\u2714',
    label: 'Protected for now',
    headline: 'The part Code Red uses is switched off',
    meaning:
      'This is IIS 4.0 or 5.0, but the .ida feature the worm needs does not answer. Install the patch anyway: adding or removing Windows components can switch it back on.',
  },
  'not-affected': {
    icon: '\u2714',
    label: 'Not affected',
    headline: 'Code Red does not attack this server',
    meaning: 'It identifies itself as a web server that the Code Red worms cannot infect.',
  },
  unknown: {
    icon: '?',
    label: 'Cannot tell',
    headline: 'A web server answered, but we cannot tell which',
    meaning:
      'It does not say clearly what it is, so we cannot rule Code Red out. That is not the same as safe. If this computer runs Microsoft IIS, make sure it is patched.',
  },
  unreachable: {
    icon: '\u25cb',
    label: 'Nothing answered',
    headline: 'No web server answered here',
    meaning: 'Nothing on this address can be attacked by Code Red right now.',
  },
};
