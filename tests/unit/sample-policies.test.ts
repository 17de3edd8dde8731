import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../core/policy/extension-ids';
import { POLICY_KEY_NAMES } from '../../core/policy/keys';
import { managedSchema } from '../../scripts/lib/managed-schema';
import { validatePolicy } from '../../core/policy/validate';
import { extensionPolicyFromReg, parseReg } from '../fixtures/registry';

const DIR = path.resolve('docs/policies');
const ID = 'aaaabbbbccccddddeeeeffffgggghhhh';
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const schemaTypes = managedSchema().properties as Record<string, { type: string }>;

/** Every value has the type the schema gives it (what Chrome checks), and passes our own validation. */
function expectValid(policy: Record<string, unknown>) {
  expect(Object.keys(policy).length).toBeGreaterThan(3);
  for (const [key, value] of Object.entries(policy)) {
    const type = schemaTypes[key]?.type;
    expect(type, `${key} is not in managed_schema.json`).toBeDefined();
    const actual = Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
    expect(actual, key).toBe(type);
  }
  const { problems, managed } = validatePolicy(policy);
  expect(problems).toEqual([]);
  expect(managed).toBe(true);
}

describe('sample policies in docs/policies', () => {
  it('covers every platform the admin guide names', () => {
    expect(readdirSync(DIR).sort()).toEqual([
      'chrome-linux.json',
      'chrome-macos.mobileconfig',
      'chrome-windows.reg',
      'edge-linux.json',
      'edge-macos.mobileconfig',
      'edge-windows.reg',
      'firefox-managed-storage.json',
      'firefox-policies.json',
    ]);
  });

  it.each(['chrome-linux.json', 'edge-linux.json'])('%s sets every key and force-installs', (file) => {
    const json = JSON.parse(read(file)) as {
      ExtensionInstallForcelist: string[];
      '3rdparty': { extensions: Record<string, Record<string, unknown>> };
    };
    expect(json.ExtensionInstallForcelist[0]).toMatch(new RegExp(`^${ID};https://`));
    const policy = json['3rdparty'].extensions[ID] ?? {};
    expect(Object.keys(policy).sort()).toEqual(POLICY_KEY_NAMES.filter((k) => k !== 'ExtraAdvisories').sort());
    expectValid(policy);
  });

  it.each([
    ['chrome-windows.reg', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome'],
    ['edge-windows.reg', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'],
  ])('%s force-installs and sets valid values', (file, root) => {
    const keys = parseReg(read(file));
    expect(keys.get(`${root}\\ExtensionInstallForcelist`)?.['1']).toMatch(new RegExp(`^${ID};https://`));
    const extensions = file.startsWith('edge') ? 'Extensions' : 'extensions';
    expectValid(extensionPolicyFromReg(keys, `${root}\\3rdparty\\${extensions}\\${ID}\\policy`));
  });

  it.each([
    ['chrome-macos.mobileconfig', 'com.google.Chrome'],
    ['edge-macos.mobileconfig', 'com.microsoft.Edge'],
  ])('%s force-installs and sets valid values', (file, domain) => {
    const profile = parsePlist(read(file)) as { PayloadContent: Record<string, unknown>[] };
    const browserPayload = profile.PayloadContent.find((p) => p.PayloadType === domain);
    expect((browserPayload?.ExtensionInstallForcelist as string[])[0]).toMatch(new RegExp(`^${ID};https://`));
    const ext = profile.PayloadContent.find((p) => p.PayloadType === `${domain}.extensions.${ID}`) ?? {};
    const policy = Object.fromEntries(Object.entries(ext).filter(([k]) => !k.startsWith('Payload')));
    expectValid(policy);
  });

  it('firefox-policies.json force-installs by the gecko id and sets valid values', () => {
    const { policies } = JSON.parse(read('firefox-policies.json')) as {
      policies: {
        ExtensionSettings: Record<string, { installation_mode: string }>;
        '3rdparty': { Extensions: Record<string, Record<string, unknown>> };
      };
    };
    expect(policies.ExtensionSettings[GECKO_ID]?.installation_mode).toBe('force_installed');
    expectValid(policies['3rdparty'].Extensions[GECKO_ID] ?? {});
  });

  it('firefox-managed-storage.json is a storage manifest for the gecko id', () => {
    const manifest = JSON.parse(read('firefox-managed-storage.json')) as { name: string; type: string; data: Record<string, unknown> };
    expect(manifest).toMatchObject({ name: GECKO_ID, type: 'storage' });
    expectValid(manifest.data);
  });
});
