import type { Verdict } from './verdict';

/**
 * Whether a link still works. Pages that are gone are never shown as live:
 * they are labelled historic (or archived, when we link an archive copy).
 */
export type LinkStatus = 'live' | 'historic' | 'archived';

export interface AdvisoryLink {
  id: string;
  label: string;
  url: string;
  status: LinkStatus;
}

/** Sources: ../shared/reference/codered-facts.md §1 (checked 2026-11-26). */
export const ADVISORY_LINKS = {
  ms01033: {
    id: 'MS01-033',
    label: 'Microsoft MS01-033: the patch for the hole Code Red uses',
    url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033',
    status: 'live',
  },
  ms01044: {
    id: 'MS01-044',
    label: 'Microsoft MS01-044: cumulative IIS patch of 15 August 2001 (includes MS01-033)',
    url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-044',
    status: 'live',
  },
  ca200119: {
    id: 'CA-2001-19',
    label: 'CERT CA-2001-19: the Code Red worm',
    url: 'https://www.cisa.gov/news-events/alerts/2001/07/19/code-red-worm-exploiting-buffer-overflow-iis-indexing-service-dll',
    status: 'live',
  },
  ca200123: {
    id: 'CA-2001-23',
    label: 'CERT CA-2001-23: continued threat of Code Red',
    url: 'https://vuls.cert.org/confluence/pages/viewpage.action?pageId=96665834',
    status: 'live',
  },
  cve20010500: {
    id: 'CVE-2001-0500',
    label: 'CVE-2001-0500: the idq.dll buffer overflow',
    url: 'https://www.cve.org/CVERecord?id=CVE-2001-0500',
    status: 'live',
  },
} as const satisfies Record<string, AdvisoryLink>;

export interface NextSteps {
  /** Plain instructions, most urgent first; the guided checklist has the detail. */
  steps: string[];
}

/** The short version of what to do next for each verdict, shown on the finding's card. */
export const NEXT_STEPS: Record<Verdict, NextSteps> = {
  infected: {
    steps: [
      'Disconnect this computer from the network now.',
      'Install the Microsoft patch (MS01-044 includes the fix).',
      'Run Microsoft\u2019s Code Red cleaner twice, then restart the computer.',
      'Update your anti-virus and scan, then tell your IT help desk what you did.',
    ],
  },
  exposed: {
    steps: [
      'If you do not need a web server on this computer, turn IIS off.',
      'Otherwise install the Microsoft patch (MS01-033, or the cumulative MS01-044).',
    ],
  },
  'possibly-vulnerable': {
    steps: ['Check that the Microsoft patch is installed, or turn IIS off if you do not need it.'],
  },
  mitigated: {
    steps: ['Install the patch anyway, so the protection does not depend on a setting.'],
  },
  unknown: {
    steps: ['Find out which web server runs on this address. If it is Microsoft IIS 4.0 or 5.0, install the patch.'],
  },
  'not-affected': { steps: [] },
  unreachable: { steps: [] },
};
