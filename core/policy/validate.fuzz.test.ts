import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_KEY_NAMES } from './keys';
import { MAX_PROBLEMS_SHOWN, parsePolicyTarget, validatePolicy } from './validate';
import { readExtraAdvisories } from './extra-advisories';
import { organizationFrom } from './organization-from';
import { effectiveSettings } from './apply';
import { DEFAULT_SETTINGS } from './settings';
import { anyOr } from '../../tests/fuzz/hostile';

const valid = {
  OrganizationName: 'Example University',
  HelpDeskEmail: 'help@example.edu',
  HelpDeskUrl: 'https://help.example.edu/',
  ExtraTargets: ['https://intranet.example.edu/', 'http://10.0.0.5:8080/'],
  ScanIntervalHours: 12,
  LockTargets: true,
  ExtraAdvisories: '[]',
};

describe('fuzz: the policy validator', () => {
  it('never throws, keeps only own, known keys, exact hosts and a bounded list of problems', () => {
    fc.assert(
      fc.property(anyOr(valid), (raw) => {
        const config = validatePolicy(raw);
        for (const key of Object.keys(config.policy)) expect(POLICY_KEY_NAMES).toContain(key);
        for (const target of config.policy.ExtraTargets ?? []) {
          expect(target).not.toContain('*');
          expect(parsePolicyTarget(target)).toBe(target);
        }
        expect(config.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_SHOWN);
        organizationFrom(config.policy);
        effectiveSettings(DEFAULT_SETTINGS, config.policy);
      }),
    );
  });

  it('parsePolicyTarget never accepts a pattern that would ask for more than one host', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string({ maxLength: 60 }).map((s) => `http://${s}/`),
        ),
        (text) => {
          const target = parsePolicyTarget(text);
          if (target) expect(new URL(target).hostname).toMatch(/^(?:[a-z\d.-]+|\[[\d.:a-f]+\])$/);
        },
      ),
    );
  });

  it('readExtraAdvisories never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
        const { problems } = readExtraAdvisories(text);
        for (const p of problems) expect(typeof p.reason).toBe('string');
      }),
    );
  });
});
