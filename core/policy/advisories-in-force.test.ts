import { describe, expect, it } from 'vitest';
import { SEED_ORGANIZATION } from './organization';
import { advisoriesInForce } from './advisories-in-force';

describe('advisoriesInForce', () => {
  it('is the organization\u2019s bundled advisories when IT adds none', () => {
    const { org, catalog } = advisoriesInForce(SEED_ORGANIZATION, {});
    expect(org).toEqual(SEED_ORGANIZATION);
    expect(catalog.map((a) => a.id)).toContain('MS01-033');
    expect(catalog.map((a) => a.id)).toContain('BU-2001.09');
  });

  it('leaves out IT\u2019s advisories that do not parse, and keeps the rest', () => {
    const { catalog } = advisoriesInForce(SEED_ORGANIZATION, { ExtraAdvisories: '[{"document": 1}]' });
    expect(catalog.every((a) => a.origin === 'bundled')).toBe(true);
  });
});
