import { describe, expect, it } from 'vitest';
import { BUNDLED_ADVISORIES } from '../advisories/catalog';
import { faqEntries } from './faq';
import { GENERIC_ORGANIZATION, SEED_ORGANIZATION } from '../policy/organization';

describe('faqEntries', () => {
  it('answers the seed FAQ\u2019s five questions', () => {
    expect(faqEntries(SEED_ORGANIZATION).map((f) => f.id)).toEqual(['what', 'more', 'remove', 'port-disabled', 'protect']);
  });

  it('only points to advisories the catalog holds', () => {
    const ids = new Set(BUNDLED_ADVISORIES.map((a) => a.id));
    for (const entry of faqEntries(SEED_ORGANIZATION)) for (const id of entry.advisoryIds ?? []) expect(ids).toContain(id);
  });

  it('names the organization\u2019s help desk, or a generic one', () => {
    const remove = (org = SEED_ORGANIZATION) =>
      faqEntries(org)
        .find((f) => f.id === 'remove')
        ?.answer.join(' ');
    expect(remove()).toContain('the PCSC (617/353-7272, pcsc@bu.edu)');
    expect(remove(GENERIC_ORGANIZATION)).toContain('your IT help desk');
    expect(remove(GENERIC_ORGANIZATION)).not.toMatch(/Boston|BU/);
  });
});
