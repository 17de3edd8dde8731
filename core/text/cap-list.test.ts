import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capList } from './cap-list';

describe('capList', () => {
  it('keeps a short list as it is', () => {
    expect(capList([1, 2, 3], 3, (n) => -n)).toEqual([1, 2, 3]);
  });

  it('keeps max - 1 entries and counts the rest in the last', () => {
    expect(capList([1, 2, 3, 4, 5], 3, (n) => -n)).toEqual([1, 2, -3]);
  });

  it('never gives more than max entries, and loses no count', () => {
    fc.assert(
      fc.property(fc.array(fc.nat()), fc.integer({ min: 2, max: 30 }), (items, max) => {
        const capped = capList(items, max, (n) => -n - 1);
        expect(capped.length).toBeLessThanOrEqual(max);
        const last = capped.at(-1);
        const counted = last !== undefined && last < 0 ? capped.length - 1 + (-last - 1) : capped.length;
        expect(counted).toBe(items.length);
      }),
    );
  });
});
