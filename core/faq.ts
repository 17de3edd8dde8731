import { ADVISORY_LINKS } from './next-steps';
import { helpDeskContact, type OrganizationProfile } from './organization';
import type { StepLink } from './checklist/types';

/** The seed FAQ's five questions, answered from the seed and codered-facts.md in plain words. */
export interface FaqEntry {
  id: string;
  question: string;
  answer: string[];
  /** Advisories in the catalog to open from this answer. */
  advisoryIds?: string[];
  links?: StepLink[];
}

export function faqEntries(org: OrganizationProfile): FaqEntry[] {
  const help = helpDeskContact(org);
  return [
    {
      id: 'what',
      question: 'What is the Code Red worm?',
      answer: [
        'Code Red is an Internet worm from July 2001. It spreads by itself: it sends a specially crafted request to Microsoft web servers (IIS 4.0 and 5.0) and, where the hole is not patched, takes them over and uses them to attack more servers.',
        'The first version defaces English-language web sites with "Hacked By Chinese!" and floods www1.whitehouse.gov. Code Red II (August 2001) also leaves a back door that lets anyone run commands on the computer.',
      ],
      advisoryIds: ['CA-2001-19', 'IN-2001-09'],
    },
    {
      id: 'more',
      question: 'Where can I find more information?',
      answer: [
        `${org.advisoryIds.length > 0 ? `${org.name} issued its own advisories, and ` : ''}Microsoft and CERT published advisories about the hole Code Red uses. All of them are in this extension\u2019s list of advisories.`,
        'For anti-virus updates, use your anti-virus program\u2019s regular update.',
      ],
      advisoryIds: [...org.advisoryIds, 'MS01-033', 'MS01-044', 'CA-2001-23'],
    },
    {
      id: 'remove',
      question: 'How can I remove it?',
      answer: [
        'Install the Microsoft patch, then run Microsoft\u2019s Code Red cleaner twice and restart the computer. The guided checklist in this extension walks you through it.',
        `You can also ask ${help} for help.`,
        ...(org.antivirus ? [`${org.name} offers ${org.antivirus.name}.${org.antivirus.note ? ` ${org.antivirus.note}` : ''}`] : []),
      ],
      links: [
        { label: 'Microsoft MS01-033 (the patch)', url: ADVISORY_LINKS.ms01033.url, status: 'live' },
        ...(org.helpDesk.url ? [{ label: `${org.name}: help`, url: org.helpDesk.url, status: 'live' as const }] : []),
      ],
    },
    {
      id: 'port-disabled',
      question: 'I got an e-mail saying my network port or dial-up access will be disabled. What should I do?',
      answer: [
        'Your computer is most likely infected. The worm has probably used the web server (IIS) on it to infect other servers and to take part in an attack on the White House web site, and it may have installed a back door.',
        `So that it does not spread further: install the patch for your web server, run Microsoft\u2019s Code Red cleaner twice, and when the computer is patched and clean, tell ${org.securityTeam.name} what you did. The checklist\u2019s "signs of infection" path does exactly this and writes the report for you.`,
      ],
    },
    {
      id: 'protect',
      question: 'Is there anything else I can do to protect myself?',
      answer: [
        'If you do not need a web server on this computer, turn IIS off now. The checklist shows how, for IIS 4 on Windows NT 4.0 and IIS 5 on Windows 2000.',
        'If you keep running IIS, apply all current patches, watch for future advisories about IIS and apply those patches too.',
      ],
      advisoryIds: ['MS01-044'],
    },
  ];
}
