/**
 * The one definition of every policy key an IT department can set: its type
 * here, its words in key-docs.ts (kept apart so the background bundle carries
 * no documentation). Together they generate managed_schema.json (Chrome's
 * dialect) and the table of keys in docs/admin.md, and drive the runtime
 * validator used in every browser.
 */
export type PolicyValueKind =
  | { type: 'string'; format?: 'text' | 'url' | 'email' | 'collector' | 'header-secret'; maxLength: number }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'boolean' }
  | { type: 'integer'; minimum: number; maximum: number }
  | { type: 'url-list'; maxItems: number }
  | { type: 'fingerprint-list'; maxItems: number }
  | { type: 'advisories-json'; maxLength: number };

const text = (maxLength = 200) => ({ type: 'string', format: 'text', maxLength }) as const;
const url = { type: 'string', format: 'url', maxLength: 2000 } as const;
const email = { type: 'string', format: 'email', maxLength: 254 } as const;

export const POLICY_KINDS = {
  OrganizationName: text(),
  HelpDeskName: text(),
  HelpDeskPhone: text(40),
  HelpDeskEmail: email,
  HelpDeskUrl: url,
  SecurityTeamName: text(),
  SecurityTeamEmail: email,
  AntivirusName: text(),
  AntivirusUrl: url,
  AntivirusNote: text(400),
  PatchPortalUrl: url,
  ExtraAdvisories: { type: 'advisories-json', maxLength: 500_000 },
  ExtraTargets: { type: 'url-list', maxItems: 50 },
  ScanIntervalHours: { type: 'integer', minimum: 1, maximum: 168 },
  NotificationsEnabled: { type: 'boolean' },
  LockTargets: { type: 'boolean' },
  LockSettings: { type: 'boolean' },
  ReportEndpoint: { type: 'string', format: 'collector', maxLength: 2000 },
  ReportFormat: { type: 'choice', options: ['ocsf', 'splunk-hec'] },
  // An HTTP header value, and a secret: checked as a header value and never shown back (validate.ts).
  ReportAuthorization: { type: 'string', format: 'header-secret', maxLength: 2000 },
  DeviceLabel: text(200),
  ReportHeartbeatHours: { type: 'integer', minimum: 1, maximum: 168 },
  AdvisoryFeedUrl: { type: 'string', format: 'collector', maxLength: 2000 },
  AdvisoryFeedKeys: { type: 'fingerprint-list', maxItems: 10 },
  AdvisoryFeedRevokedKeys: { type: 'fingerprint-list', maxItems: 20 },
  AdvisoryFeedCheckHours: { type: 'integer', minimum: 1, maximum: 168 },
  AdvisoryFeedStaleDays: { type: 'integer', minimum: 1, maximum: 90 },
  LoadSpreadMinutes: { type: 'integer', minimum: 0, maximum: 240 },
} as const satisfies Record<string, PolicyValueKind>;

export type PolicyKey = keyof typeof POLICY_KINDS;

type ValueOf<K extends PolicyValueKind> = K extends { type: 'choice'; options: readonly (infer O)[] }
  ? O
  : K extends { type: 'boolean' }
    ? boolean
    : K extends { type: 'integer' }
      ? number
      : K extends { type: 'url-list' } | { type: 'fingerprint-list' }
        ? string[]
        : K extends { type: 'advisories-json' }
          ? string
          : string;

/** A policy after validation: only the keys that were set and valid. */
export type Policy = { -readonly [K in PolicyKey]?: ValueOf<(typeof POLICY_KINDS)[K]> };

export const POLICY_KEY_NAMES = Object.keys(POLICY_KINDS) as PolicyKey[];

/** What a key means when IT leaves it out: said here once, read through policyValue by the popup, the background and core. */
export const POLICY_DEFAULTS = {
  ReportFormat: 'ocsf',
  ReportHeartbeatHours: 24,
  AdvisoryFeedCheckHours: 24,
  AdvisoryFeedStaleDays: 7,
  LoadSpreadMinutes: 30,
} as const satisfies Policy;

export type DefaultedKey = keyof typeof POLICY_DEFAULTS;

/** The key's value in force: IT's, else its default. */
export function policyValue<K extends DefaultedKey>(policy: Policy, key: K): NonNullable<Policy[K]> {
  return (policy[key] ?? POLICY_DEFAULTS[key]) as NonNullable<Policy[K]>;
}
