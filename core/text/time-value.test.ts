import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inDateRange, isoTime, isTimeValue } from './time-value';

describe('time values', () => {
  it('accepts exactly the times Date can show, and this extension could have written', () => {
    expect(isTimeValue(0)).toBe(true);
    expect(isTimeValue(8.64e15)).toBe(true);
    for (const bad of [-1, 8.64e15 + 1, NaN, Infinity, '1', null]) expect(isTimeValue(bad)).toBe(false);
    expect(inDateRange(-8.64e15)).toBe(true);
  });

  it('isoTime never throws, and gives "?" for a time Date cannot show', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(isoTime(n) === '?').toBe(!isTimeValue(n));
      }),
    );
  });
});
