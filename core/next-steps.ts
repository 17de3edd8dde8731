import { t, type MessageKey } from './i18n';
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

const STEP_KEYS: Record<Verdict, MessageKey[]> = {
  infected: ['next_infected_1', 'next_infected_2', 'next_infected_3', 'next_infected_4'],
  exposed: ['next_exposed_1', 'next_exposed_2'],
  'possibly-vulnerable': ['next_possibly_vulnerable_1'],
  mitigated: ['next_mitigated_1'],
  unknown: ['next_unknown_1'],
  'not-affected': [],
  unreachable: [],
};

/** The short version of what to do next for a verdict, shown on the finding's card. */
export function nextSteps(verdict: Verdict): NextSteps {
  return { steps: STEP_KEYS[verdict].map((key) => t(key)) };
}
