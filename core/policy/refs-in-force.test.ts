import { describe, expect, it } from 'vitest';
import { SEED_ORGANIZATION } from './organization';
import { advisoriesInForce } from './advisories-in-force';
import { advisoryRefsInForce } from './refs-in-force';

describe('the advisories in force, as the background names them', () => {
  it('gives the same advisories in force as the full catalog, with or without the seed organization', () => {
    for (const org of [SEED_ORGANIZATION, { ...SEED_ORGANIZATION, advisoryIds: [] }]) {
      expect(advisoryRefsInForce(org, {}).map((a) => a.id)).toEqual(advisoriesInForce(org, {}).catalog.map((a) => a.id));
    }
  });
});
