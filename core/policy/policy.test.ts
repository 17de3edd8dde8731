import { describe, expect, it } from 'vitest';
import { BUNDLED_CSAF } from '../advisories/catalog';
import { DEFAULT_SETTINGS } from '../settings';
import { effectiveSettings } from './apply';
import { organizationFrom } from './organization-from';
import { POLICY_DOCS } from './key-docs';
import { POLICY_KEY_NAMES } from './keys';
import { managedSchema } from './managed-schema';
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
