import { describe, expect, it } from 'vitest';
import { BUNDLED_CSAF } from '../advisories/catalog';
import { DEFAULT_SETTINGS } from './settings';
import { effectiveSettings } from './apply';
import { organizationFrom } from './organization-from';
import { POLICY_DOCS } from '../../scripts/lib/key-docs';
import { POLICY_KEY_NAMES } from './keys';
import { managedSchema } from '../../scripts/lib/managed-schema';
import { readExtraAdvisories } from './extra-advisories';
import { validatePolicy } from './validate';

// Every keyword Chromium's schema parser understands (components/policy/core/common/schema.cc).
const CHROME_KEYWORDS = new Set([
  'type',
  'title',
  'description',
  'id',
  '$ref',
  'sensitiveValue',
  'properties',
  'patternProperties',
  'additionalProperties',
  'required',
  'items',
  'minimum',
  'maximum',
  'enum',
  'pattern',
]);

function keywords(node: unknown, path = '/', out: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return out;
  for (const [k, v] of Object.entries(node)) {
    out.push(`${path}${k}`);
    if (k === 'properties' || k === 'patternProperties')
      for (const [name, child] of Object.entries(v as object)) keywords(child, `${path}${k}/${name}/`, out);
    else if (k === 'items' || k === 'additionalProperties') keywords(v, `${path}${k}/`, out);
  }
  return out;
}

describe('managed_schema.json', () => {
  const schema = managedSchema();

  it('leaves ranges to our validator, which explains them, where Chrome would drop the value silently', () => {
    expect(JSON.stringify(schema)).not.toMatch(/"(?:minimum|maximum)"/);
    expect(validatePolicy({ ScanIntervalHours: -5 }).problems[0]).toMatchObject({ key: 'ScanIntervalHours', value: '-5' });
  });

  it('uses only keywords Chrome understands, and none it rejects', () => {
    const unknown = keywords(schema).filter((path) => !CHROME_KEYWORDS.has(path.split('/').at(-1) ?? ''));
    expect(unknown).toEqual([]);
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('lists exactly the policy keys, each with one type', () => {
    const properties = schema.properties as Record<string, { type: string }>;
    expect(Object.keys(properties)).toEqual(POLICY_KEY_NAMES);
    for (const p of Object.values(properties)) expect(['string', 'boolean', 'integer', 'array']).toContain(p.type);
  });

  it('documents each key with a title, a description and an example that validates', () => {
    for (const name of POLICY_KEY_NAMES) {
      const def = POLICY_DOCS[name];
      expect(def.title.length, name).toBeGreaterThan(3);
      expect(def.description.length, name).toBeGreaterThan(20);
      expect(validatePolicy({ [name]: def.example }).problems, name).toEqual([]);
    }
  });
});

describe('validatePolicy', () => {
  it('reads no policy, or an empty one, as consumer mode', () => {
    for (const raw of [undefined, null, {}, 'x', []]) expect(validatePolicy(raw).managed).toBe(false);
  });

  it('applies good values and leaves out bad ones, explaining each', () => {
    const { policy, problems, managed } = validatePolicy({
      OrganizationName: 'Example University',
      ScanIntervalHours: '6',
      HelpDeskEmail: 'not-an-address',
      AntivirusUrl: 'javascript:alert(1)',
      PatchPortalUrl: 'data:text/html,<script>alert(1)</script>',
      SecurityTeamName: 'x'.repeat(100_000),
      NotificationsEnabled: 'yes',
      LockTargets: true,
      Typo: 1,
    });
    expect(managed).toBe(true);
    expect(policy).toEqual({ OrganizationName: 'Example University', LockTargets: true });
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p]));
    expect(byKey.ScanIntervalHours?.reason).toBe('It must be a whole number, not text.');
    expect(byKey.HelpDeskEmail?.reason).toMatch(/e-mail address/);
    expect(byKey.AntivirusUrl?.reason).toBe('It must be an http:// or https:// address.');
    expect(byKey.PatchPortalUrl?.value).toBe('data:text/html,<script>alert(1)</script>');
    expect(byKey.SecurityTeamName?.reason).toBe('It is 100000 characters long; the most allowed is 200.');
    expect(byKey.SecurityTeamName?.value.length).toBeLessThan(120);
    expect(byKey.NotificationsEnabled?.reason).toBe('It must be true or false, not text.');
    expect(byKey.Typo?.reason).toMatch(/not a Code Red Advisor policy key/);
  });

  it.each([0, 169, 2.5])('refuses a schedule of %s hours', (hours) => {
    expect(validatePolicy({ ScanIntervalHours: hours }).problems[0]?.key).toBe('ScanIntervalHours');
  });

  it('keeps good extra servers and names each bad one', () => {
    const { policy, problems } = validatePolicy({
      ExtraTargets: ['http://intranet.example.edu', 'https://10.0.0.5:8443/', 'ftp://x/', 'http://a/b', 42, 'http://intranet.example.edu/'],
    });
    expect(policy.ExtraTargets).toEqual(['http://intranet.example.edu/', 'https://10.0.0.5:8443/']);
    expect(problems.map((p) => p.key)).toEqual(['ExtraTargets[2]', 'ExtraTargets[3]', 'ExtraTargets[4]']);
  });

  it('keeps pinned fingerprints as bare upper-case hex, once each, and names each bad one', () => {
    const fpr = '0123456789ABCDEF0123456789ABCDEF01234567';
    const { policy, problems } = validatePolicy({
      AdvisoryFeedKeys: ['0123 4567 89ab cdef 0123  4567 89AB CDEF 0123 4567', '89ABCDEF01234567', fpr, 7],
    });
    expect(policy.AdvisoryFeedKeys).toEqual([fpr]);
    expect(problems.map((p) => [p.key, p.reason])).toEqual([
      ['AdvisoryFeedKeys[1]', expect.stringContaining('OpenPGP fingerprint')],
      ['AdvisoryFeedKeys[3]', expect.stringContaining('OpenPGP fingerprint')],
    ]);
  });

  it('adds valid extra advisories and explains each invalid one', () => {
    const good = structuredClone(BUNDLED_CSAF['ms01-033.json']) as { document: { tracking: { id: string }; title?: string } };
    good.document.tracking.id = 'EXAMPLE-2026-01';
    const bad = structuredClone(good);
    delete bad.document.title;
    const { advisories, problems } = readExtraAdvisories(
      validatePolicy({ ExtraAdvisories: JSON.stringify([good, bad]) }).policy.ExtraAdvisories,
    );
    expect(advisories.map((a) => [a.id, a.origin])).toEqual([['EXAMPLE-2026-01', 'organization']]);
    expect(problems).toEqual([
      {
        key: 'ExtraAdvisories[1]',
        value: expect.any(String),
        reason: 'This document is not valid CSAF: /document/title must be a non-empty string',
      },
    ]);
    expect(readExtraAdvisories('{nope').problems[0]?.reason).toMatch(/^It is not valid JSON/);
  });
});

describe('effectiveSettings', () => {
  const user = { targets: ['http://127.0.0.1:8080/'], scanIntervalHours: 12, notifications: true };

  it('leaves the user\u2019s settings alone without policy', () => {
    expect(effectiveSettings(user, {})).toEqual({ settings: user, managed: new Set(), itTargets: [] });
  });

  it('lets managed values win and marks them', () => {
    const { settings, managed } = effectiveSettings(user, { ScanIntervalHours: 2, NotificationsEnabled: false });
    expect(settings).toEqual({ ...user, scanIntervalHours: 2, notifications: false });
    expect([...managed].sort()).toEqual(['notifications', 'scanIntervalHours']);
  });

  it('adds IT\u2019s servers, and with the lock uses only the defaults and IT\u2019s servers', () => {
    expect(effectiveSettings(user, { ExtraTargets: ['http://intranet.example.edu/'] }).settings.targets).toEqual([
      'http://127.0.0.1:8080/',
      'http://intranet.example.edu/',
    ]);
    const locked = effectiveSettings(user, { ExtraTargets: ['http://intranet.example.edu/'], LockTargets: true });
    expect(locked.settings.targets).toEqual([...DEFAULT_SETTINGS.targets, 'http://intranet.example.edu/']);
    expect(locked.managed.has('targets')).toBe(true);
  });

  it('locks the other settings without changing them', () => {
    const { settings, managed } = effectiveSettings(user, { LockSettings: true });
    expect(settings).toEqual(user);
    expect([...managed].sort()).toEqual(['notifications', 'scanIntervalHours']);
  });
});

describe('organizationFrom', () => {
  it('keeps the seed\u2019s organization without policy', () => {
    expect(organizationFrom({}).name).toBe('Boston University');
  });

  it('replaces it with the policy\u2019s, generic where the policy is silent', () => {
    const org = organizationFrom({ OrganizationName: 'Example University', SecurityTeamEmail: 'security@example.edu' });
    expect(org).toMatchObject({
      name: 'Example University',
      helpDesk: { name: 'your IT help desk' },
      securityTeam: { name: 'your security team', email: 'security@example.edu' },
    });
    expect(org.antivirus).toBeUndefined();
  });

  it('adds the anti-virus download and the patch portal', () => {
    const org = organizationFrom({
      AntivirusName: 'Example AV',
      AntivirusUrl: 'https://software.example.edu/av',
      PatchPortalUrl: 'https://patches.example.edu/',
    });
    expect(org.name).toBe('Boston University');
    expect(org.antivirus).toEqual({ name: 'Example AV', url: 'https://software.example.edu/av' });
    expect(org.patchPortalUrl).toBe('https://patches.example.edu/');
  });
});

describe('hostile policy', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'an inherited name (%s) is an unknown key, and the other keys still apply',
    (name) => {
      const raw = JSON.parse(`{"${name}": 1, "ScanIntervalHours": 3, "LockTargets": true}`) as unknown;
      const config = validatePolicy(raw);
      expect(config.policy).toEqual({ ScanIntervalHours: 3, LockTargets: true });
      expect(config.problems).toEqual([
        expect.objectContaining({ key: name, reason: expect.stringMatching(/not a Code Red Advisor policy key/) }),
      ]);
    },
  );

  it.each([
    'http://*/',
    'https://*.example.com/',
    'http://a*b.example/',
    'http://exa_mple.com/',
    'http://-x.example/',
    'http://%2A.example/',
  ])('refuses the wildcard or non-host target %s', (target) => {
    const config = validatePolicy({ ExtraTargets: [target, 'https://intranet.example.edu/'] });
    expect(config.policy.ExtraTargets).toEqual(['https://intranet.example.edu/']);
    expect(config.problems.map((p) => p.key)).toEqual(['ExtraTargets[0]']);
  });

  it('keeps exact hosts: names, IPv4 and IPv6', () => {
    const config = validatePolicy({
      ExtraTargets: ['http://a-b.example.edu:8080/', 'http://10.1.2.3/', 'http://[fe80::1]/', 'http://localhost/'],
    });
    expect(config.problems).toEqual([]);
    expect(config.policy.ExtraTargets).toHaveLength(4);
  });

  it('explains an advisory nested thousands of levels deep, and keeps the good one beside it', () => {
    // Written as text: JSON.stringify itself cannot print a tree this deep.
    const depth = 5000;
    const branches = `${'[{"category":"vendor","name":"x","branches":'.repeat(depth)}[]${'}]'.repeat(depth)}`;
    const [first, second] = Object.values(BUNDLED_CSAF);
    const deep = JSON.stringify({ ...(first as object), product_tree: { branches: 'HERE' } }).replace('"HERE"', branches);
    const { advisories, problems } = readExtraAdvisories(`[${deep},${JSON.stringify(second)}]`);
    expect(advisories).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({ key: 'ExtraAdvisories[0]', reason: expect.stringMatching(/nested more than 32 levels/) }),
    ]);
  });

  it('shows a value too deep to print without throwing', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const config = validatePolicy({ OrganizationName: deep });
    expect(config.problems[0]?.key).toBe('OrganizationName');
  });

  it('lists at most twenty problems, then how many more', () => {
    const raw = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`Junk${i}`, i]));
    const { problems } = validatePolicy({ ...raw, LockSettings: true });
    expect(problems).toHaveLength(20);
    expect(problems.at(-1)?.reason).toMatch(/4981 more/);
  });
});

describe('reporting keys', () => {
  it.each([
    ['https://splunk.example.edu:8088/services/collector/event', true],
    ['http://127.0.0.1:8088/services/collector/event', true],
    ['http://localhost:9000/ingest', true],
    ['http://siem.example.edu/ingest', false],
    ['https://user:pw@siem.example.edu/', false],
    ['ftp://siem.example.edu/', false],
  ])('ReportEndpoint %s accepted: %s', (endpoint, ok) => {
    const { policy, problems } = validatePolicy({ ReportEndpoint: endpoint });
    expect(policy.ReportEndpoint !== undefined).toBe(ok);
    if (!ok) expect(problems[0]?.reason).toMatch(/https:\/\/ address, or an http:\/\/ address on this computer/);
  });

  it('ReportFormat is one of its two values, and says which when it is not', () => {
    expect(validatePolicy({ ReportFormat: 'splunk-hec' }).policy.ReportFormat).toBe('splunk-hec');
    const { policy, problems } = validatePolicy({ ReportFormat: 'cef' });
    expect(policy.ReportFormat).toBeUndefined();
    expect(problems[0]?.reason).toBe('It must be one of: ocsf, splunk-hec.');
  });

  it('the token is masked in chrome://policy', () => {
    expect((managedSchema().properties as Record<string, { sensitiveValue?: boolean }>).ReportAuthorization?.sensitiveValue).toBe(true);
  });
});

describe('ReportAuthorization: a header value, and a secret (issue 18)', () => {
  const SECRET = 'Splunk 0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9';

  it('accepts a header value, and keeps it exactly', () => {
    expect(validatePolicy({ ReportAuthorization: SECRET }).policy.ReportAuthorization).toBe(SECRET);
  });

  it.each([
    ['a line break', `${SECRET}\r\nX-Evil: 1`],
    ['a NUL', `${SECRET}\u0000`],
    ['a character fetch cannot send', `${SECRET}\u2603`],
    ['more than 2,000 characters', `Bearer ${'s3cret'.repeat(400)}`],
  ])('refuses %s, and never shows the value back', (_what, value) => {
    const { policy, problems } = validatePolicy({ ReportAuthorization: value });
    expect(policy.ReportAuthorization).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(JSON.stringify(problems)).not.toContain('s3cret');
    expect(JSON.stringify(problems)).not.toContain('0f1e2d3c');
    expect(problems[0]?.value).toBe('(hidden: it is a secret)');
  });
});
