import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomWait } from './spread';

describe('the random wait after a policy change', () => {
  it('stays within 0 and the most IT allows, and is 0 when IT set 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 240 }), fc.double({ noNaN: true }), (max, random) => {
        const wait = randomWait(max, random);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(max);
        if (max === 0) expect(wait).toBe(0);
      }),
    );
  });

  it('spreads evenly: a uniform random gives a uniform wait', () => {
    expect([0, 0.25, 0.5, 0.999].map((r) => randomWait(40, r))).toEqual([0, 10, 20, 39.96]);
  });
});
