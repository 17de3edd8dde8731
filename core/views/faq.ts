import { t } from '../text/i18n';
import { helpDeskContact, type OrganizationProfile } from '../policy/organization';
import { ms01033Link } from '../advisories/patch-links';
import type { StepLink } from '../advisories/types';

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
  return [
    { id: 'what', question: t('faq_what_q'), answer: [t('faq_what_1'), t('faq_what_2')], advisoryIds: ['CA-2001-19', 'IN-2001-09'] },
    {
      id: 'more',
      question: t('faq_more_q'),
      answer: [org.advisoryIds.length > 0 ? t('faq_more_own', org.name) : t('faq_more_1'), t('faq_more_2')],
      advisoryIds: [...org.advisoryIds, 'MS01-033', 'MS01-044', 'CA-2001-23'],
    },
    {
      id: 'remove',
      question: t('faq_remove_q'),
      answer: [
        t('faq_remove_1'),
        t('faq_remove_2', helpDeskContact(org)),
        ...(org.antivirus
          ? [`${t('step_antivirus_offer', org.name, org.antivirus.name)}${org.antivirus.note ? ` ${org.antivirus.note}` : ''}`]
          : []),
      ],
      links: [
        ms01033Link(),
        ...(org.helpDesk.url ? [{ label: t('link_help', org.name), url: org.helpDesk.url, status: 'live' as const }] : []),
      ],
    },
    { id: 'port-disabled', question: t('faq_port_q'), answer: [t('faq_port_1'), t('faq_port_2', org.securityTeam.name)] },
    { id: 'protect', question: t('faq_protect_q'), answer: [t('faq_protect_1'), t('faq_protect_2')], advisoryIds: ['MS01-044'] },
  ];
}
