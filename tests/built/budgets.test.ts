import { describe, expect, it } from 'vitest';
import { BUDGETS, bundleSizes } from '../../scripts/bundle-sizes';

// The budgets guard themselves: a change that crosses one fails here, with the figure, instead of only showing in the bench.
const sizes = bundleSizes('.output/chrome-mv3');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

describe('bundle budgets (gzip)', () => {
  it(`popup first paint ≤ ${kb(BUDGETS.popupFirstPaint)}`, () => {
    expect(sizes.popupFirstLoad.gzip, kb(sizes.popupFirstLoad.gzip)).toBeLessThanOrEqual(BUDGETS.popupFirstPaint);
  });

  it(`popup, all of it ≤ ${kb(BUDGETS.popupTotal)}`, () => {
    expect(sizes.popupTotal.gzip, kb(sizes.popupTotal.gzip)).toBeLessThanOrEqual(BUDGETS.popupTotal);
  });

  // The background's 15 KB budget (BUDGETS.background) is not met yet: 15.51 KB on 2026-11-26. Terser and the p-limit
  // removal took 1.5 KB back from the hostile-input readers; the scan queue that merges requests and banner families as
  // data (issue 8) added 0.25 KB.
  // Issue 12 stays open for the rest. This holds the figure from growing meanwhile; lower it as the background shrinks.
  it('background does not grow past its figure of 2026-11-26 (15.51 KB)', () => {
    expect(sizes.background.gzip, kb(sizes.background.gzip)).toBeLessThanOrEqual(15_900);
  });
});
