import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_KEY_NAMES } from '../../core/policy/keys';
import { policyKeysMarkdown } from '../../scripts/lib/docs-table';

describe('docs/admin.md', () => {
  const doc = readFileSync('docs/admin.md', 'utf8');

  it('holds the table of policy keys generated from the definition (run "npm run docs:keys" after changing keys.ts)', () => {
    const normalise = (s: string) =>
      s
        .replace(/\s+/g, ' ')
        .replace(/ ?\| ?/g, '|')
        .replace(/-{3,}/g, '---');
    expect(normalise(doc)).toContain(normalise(policyKeysMarkdown()));
  });

  it('names every key once in the table', () => {
    for (const key of POLICY_KEY_NAMES) expect(doc.match(new RegExp(`^\\| \`${key}\` `, 'gm'))?.length, key).toBe(1);
  });
});
