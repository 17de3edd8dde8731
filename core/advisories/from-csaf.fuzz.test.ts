import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CSAF } from './catalog';
import { AdvisoryFormatError, advisoryFromCsaf } from './from-csaf';
import { matchAdvisories } from './match';
import { safeHref } from '../text/safe-url';
import { mutated } from '../../tests/fuzz/hostile';
import { exposedFinding } from '../../tests/fuzz/samples';

const documents = Object.values(BUNDLED_CSAF);

describe('fuzz: the CSAF reader', () => {
  it('throws only its own error, names the field, and what it accepts matches without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(...documents.map((doc) => mutated(doc)), fc.anything()), (doc) => {
        try {
          const advisory = advisoryFromCsaf(doc, 'fuzz', 'organization');
          matchAdvisories(exposedFinding, [advisory]);
          // Links that are not http(s) never become live links.
          for (const ref of advisory.references) if (ref.status === 'live') expect(safeHref(ref.url)).toBeDefined();
        } catch (e) {
          expect(e).toBeInstanceOf(AdvisoryFormatError);
          expect((e as Error).message).toMatch(/^fuzz: \//);
        }
      }),
    );
  });
});

describe('regressions fast-check found', () => {
  it('a sparse product tree or reference list is named, not a TypeError', () => {
    const doc = structuredClone(documents[0]) as { product_tree: { branches: unknown[] }; document: { references: unknown[] } };
    doc.product_tree.branches = new Array(2);
    expect(() => advisoryFromCsaf(doc, 'x')).toThrow(AdvisoryFormatError);
    const refs = structuredClone(documents[0]) as { document: { references: unknown[] } };
    refs.document.references.length += 2;
    expect(() => advisoryFromCsaf(refs, 'x')).toThrow(/references\/\d must be an object/);
  });
});
