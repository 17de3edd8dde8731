import { t } from '../text/i18n';

/**
 * Everything the product says about the organization, in one profile. The
 * default is the seed's: Boston University's Code Red FAQ of 16 August 2001.
 * IT can replace it by policy (the deployment issue); with no profile the
 * wording falls back to generic phrases such as "your IT help desk".
 */
export interface OrganizationProfile {
  name: string;
  helpDesk: { name: string; phone?: string; email?: string; url?: string };
  /** Who receives the report. `email` absent: the report goes to the help desk's e-mail. */
  securityTeam: { name: string; email?: string };
  /** Site-licensed anti-virus, if the organization has one. */
  antivirus?: { name: string; url?: string; note?: string };
  /** Ids of the organization's own advisories in the catalog. */
  advisoryIds: string[];
  /** The organization's patch portal; replaces Microsoft's patch links in the checklist. */
  patchPortalUrl?: string;
}

export const SEED_ORGANIZATION: OrganizationProfile = {
  name: 'Boston University',
  helpDesk: { name: 'the PCSC', phone: '617/353-7272', email: 'pcsc@bu.edu' },
  // The FAQ names the BU OIT Security Team but gives no address for it.
  securityTeam: { name: 'the BU OIT Security Team' },
  antivirus: {
    name: 'Network Associates\u2019 McAfee VirusScan (free under BU\u2019s site license)',
    note: 'Get it from BU\u2019s Anti-Virus software Web site, which asks for your BU login name and password. The FAQ does not give the site\u2019s address; ask the PCSC.',
  },
  advisoryIds: ['BU-2001.09', 'BU-2001.07'],
};

/** Wording used when no organization is configured. */
export const GENERIC_ORGANIZATION: OrganizationProfile = {
  // Getters, so the words follow the browser's language whenever they are read.
  get name() {
    return t('org_generic_name');
  },
  helpDesk: {
    get name() {
      return t('org_generic_help_desk');
    },
  },
  securityTeam: {
    get name() {
      return t('org_generic_security_team');
    },
  },
  advisoryIds: [],
};

/** Where the report goes: the security team's address, else the help desk's, else nobody (copy and download still work). */
export function reportRecipient(org: OrganizationProfile): string | undefined {
  return org.securityTeam.email ?? org.helpDesk.email;
}

/** "the PCSC (617/353-7272, pcsc@bu.edu)" or "your IT help desk". */
export function helpDeskContact(org: OrganizationProfile): string {
  const details = [org.helpDesk.phone, org.helpDesk.email].filter(Boolean).join(', ');
  return details ? `${org.helpDesk.name} (${details})` : org.helpDesk.name;
}
