import type { PolicyKey } from '../../core/policy/keys';

export type PolicyGroup =
  'Organization' | 'Links' | 'Advisories' | 'Servers to check' | 'Behaviour' | 'Locks' | 'Reporting' | 'Advisory feed';

/** What an admin reads about a key: in chrome://policy (from the schema) and in docs/admin.md. */
export interface PolicyKeyDoc {
  group: PolicyGroup;
  title: string;
  description: string;
  /** A value an admin can copy; every sample policy and the docs use these. */
  example: string | number | boolean | string[];
  /** Masked in chrome://policy. */
  sensitive?: boolean;
}

export const POLICY_DOCS: Record<PolicyKey, PolicyKeyDoc> = {
  OrganizationName: {
    group: 'Organization',
    title: 'Organization name',
    description: 'Replaces the built-in organization (Boston University, from the 2001 FAQ) everywhere the extension names one.',
    example: 'Example University',
  },
  HelpDeskName: {
    group: 'Organization',
    title: 'Help desk name',
    description: 'How the help desk is named in sentences, e.g. "the IT Service Desk".',
    example: 'the IT Service Desk',
  },
  HelpDeskPhone: {
    group: 'Organization',
    title: 'Help desk phone',
    description: 'Shown wherever the extension says who can help.',
    example: '+1 555 0100',
  },
  HelpDeskEmail: {
    group: 'Organization',
    title: 'Help desk e-mail',
    description: 'Receives the report when no security team e-mail is set.',
    example: 'servicedesk@example.edu',
  },
  HelpDeskUrl: {
    group: 'Organization',
    title: 'Help desk web page',
    description: 'Linked from the checklist and the FAQ.',
    example: 'https://it.example.edu/help',
  },
  SecurityTeamName: {
    group: 'Organization',
    title: 'Security team name',
    description: 'Who the report at the end of the checklist is for, e.g. "the Information Security Office".',
    example: 'the Information Security Office',
  },
  SecurityTeamEmail: {
    group: 'Organization',
    title: 'Security team e-mail',
    description: 'Where the "E-mail it" button of the report sends to. Nothing is sent unless the user sends it.',
    example: 'security@example.edu',
  },
  AntivirusName: {
    group: 'Links',
    title: 'Anti-virus product',
    description: 'The organization\u2019s site-licensed anti-virus, named in the "update your anti-virus" step.',
    example: 'Example Antivirus (site license)',
  },
  AntivirusUrl: {
    group: 'Links',
    title: 'Anti-virus download',
    description: 'Where staff download the site-licensed anti-virus.',
    example: 'https://software.example.edu/antivirus',
  },
  AntivirusNote: {
    group: 'Links',
    title: 'Anti-virus note',
    description: 'One sentence shown with the download, e.g. that it asks for a login.',
    example: 'The page asks for your university login.',
  },
  PatchPortalUrl: {
    group: 'Links',
    title: 'Internal patch portal',
    description: 'Replaces Microsoft\u2019s patch links in the checklist with the organization\u2019s own patch portal.',
    example: 'https://patches.example.edu/iis',
  },
  ExtraAdvisories: {
    group: 'Advisories',
    title: 'Extra advisories',
    description:
      'A JSON string holding one CSAF 2.0 document (csaf_security_advisory) or an array of them. Each valid document is added to the advisories; each invalid one is named with its problem on the options page.',
    example: '[]',
  },
  ExtraTargets: {
    group: 'Servers to check',
    title: 'Extra servers to check',
    description:
      'http(s) addresses of exact hosts beyond this computer, e.g. the department\u2019s web servers; no wildcards and no paths. The browser asks the user once to allow access to them (policy cannot grant host access), unless the extension was built with them (see "Hosts beyond loopback"). Loopback addresses need no Allow.',
    example: ['http://intranet.example.edu/'],
  },
  ScanIntervalHours: {
    group: 'Behaviour',
    title: 'Hours between checks',
    description: 'How often the extension checks on its own. Overrides the user\u2019s choice.',
    example: 6,
  },
  NotificationsEnabled: {
    group: 'Behaviour',
    title: 'Notifications',
    description: 'Whether the extension shows a notification when a check finds a server newly infected or exposed.',
    example: true,
  },
  LockTargets: {
    group: 'Locks',
    title: 'Lock the list of servers',
    description:
      'When true, users cannot add or remove servers: the extension checks this computer\u2019s default addresses and ExtraTargets only.',
    example: false,
  },
  LockSettings: {
    group: 'Locks',
    title: 'Lock the other settings',
    description: 'When true, users cannot change the schedule or notifications.',
    example: false,
  },
  ReportEndpoint: {
    group: 'Reporting',
    title: 'Report endpoint',
    description:
      'Where this browser sends its findings, as OCSF events: your SIEM\u2019s HTTP intake or a Splunk HTTP Event Collector (https://host:8088/services/collector/event). https only; plain http only for a collector on the same computer. Nothing is ever sent unless this is set. See "Reporting to your SIEM".',
    example: 'https://splunk.example.edu:8088/services/collector/event',
  },
  ReportFormat: {
    group: 'Reporting',
    title: 'Report format',
    description:
      '"ocsf": a JSON array of OCSF 1.8 Vulnerability Finding events. "splunk-hec": the same events, each in a Splunk HEC envelope. Default "ocsf".',
    example: 'splunk-hec',
  },
  ReportAuthorization: {
    group: 'Reporting',
    title: 'Report authorization',
    description:
      'The Authorization header sent with each report, e.g. "Splunk <token>" or "Bearer <token>". Users can read it at chrome://policy: use an ingest-only token.',
    example: 'Splunk 00000000-0000-0000-0000-000000000000',
    sensitive: true,
  },
  DeviceLabel: {
    group: 'Reporting',
    title: 'Device label',
    description:
      'How this computer is named in reports, e.g. its asset tag or host name. Set it per machine (see "Reporting to your SIEM"); every report also carries a random install id.',
    example: 'LAB-PC-042',
  },
  ReportHeartbeatHours: {
    group: 'Reporting',
    title: 'Hours between heartbeats',
    description:
      'How often the extension reports "still checking" with the current state of every server, so IT sees which computers stopped checking in. Default 24.',
    example: 24,
  },
  AdvisoryFeedUrl: {
    group: 'Advisory feed',
    title: 'Advisory feed',
    description:
      'Your CSAF 2.0 provider: the URL of its provider-metadata.json, or of a directory distribution (the metadata is then read from the folder above it). https only; plain http only on loopback. Documents are accepted only when signed by a key in AdvisoryFeedKeys. See "Publishing your own advisories".',
    example: 'https://www.example.edu/.well-known/csaf/provider-metadata.json',
  },
  AdvisoryFeedKeys: {
    group: 'Advisory feed',
    title: 'Pinned signing keys',
    description:
      'Fingerprints of the OpenPGP keys allowed to sign the feed (as gpg --fingerprint prints them; spaces are ignored). The key itself is fetched from the provider metadata and used only when its fingerprint is listed here. Without a valid fingerprint, nothing from the feed is accepted.',
    example: ['0123456789ABCDEF0123456789ABCDEF01234567'],
  },
  AdvisoryFeedRevokedKeys: {
    group: 'Advisory feed',
    title: 'Revoked signing keys',
    description:
      'Fingerprints of primary keys you have withdrawn. A document signed by one is refused even while its key is still pinned or the provider serves the key without its revocation, and the documents it signed earlier are dropped at once, before the next download. List a key here when it may be compromised; un-pinning alone keeps what it already signed.',
    example: ['89ABCDEF0123456789ABCDEF0123456789ABCDEF'],
  },
  AdvisoryFeedCheckHours: {
    group: 'Advisory feed',
    title: 'Hours between feed checks',
    description: 'How often the feed is checked, besides at browser start and when the user asks on the settings page. Default 24.',
    example: 24,
  },
  AdvisoryFeedStaleDays: {
    group: 'Advisory feed',
    title: 'Days before the feed counts as stale',
    description:
      'After this many days without a successful check, the advisory list says when your advisories were last updated. The advisories already held stay in force. Default 7.',
    example: 7,
  },
  LoadSpreadMinutes: {
    group: 'Behaviour',
    title: 'Minutes to spread load after a policy change',
    description:
      'After a policy change or a new installation, each browser waits a random time up to this many minutes before it checks the advisory feed, sends its first reports and starts its heartbeats, so a push to thousands of browsers does not reach your servers in the same minute. Default 30; 0 sends at once (small fleets, tests). See "Load on your servers" in the admin guide.',
    example: 30,
  },
};
