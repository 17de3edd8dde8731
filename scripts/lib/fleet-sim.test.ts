import { describe, expect, it } from 'vitest';
import { simulate } from './fleet-sim';

// The goals of issue 18 for a fleet, on the extension's own queue, flush and scheduling rules (docs/admin.md, "Load on
// your servers"): no minute carries more than 5% of the requests, and every event is delivered exactly once within
// 12 hours of the collector's return.
describe('20,000 browsers on a virtual clock', () => {
  it('spread the load and deliver every event once, within 12 hours of the collector coming back', async () => {
    const result = await simulate({ browsers: 20_000, days: 6 });
    for (const w of result.windows) {
      expect(w.requests, w.name).toBeGreaterThan(0);
      expect(w.shareOfRequests, w.name).toBeLessThanOrEqual(0.05);
      if (w.name.startsWith('collector')) expect(w.shareOfFleet, w.name).toBeLessThanOrEqual(0.05);
    }
    expect(result.events.duplicates).toBe(0);
    expect(result.events.missing).toBe(0);
    expect(result.events.delivered).toBe(result.events.queued);
    expect(result.drainedWithinHours).toBeGreaterThan(0);
    expect(result.drainedWithinHours).toBeLessThanOrEqual(12);
  }, 180_000);

  it('without the spread (LoadSpreadMinutes 0), a push lands in one minute: the goal above can fail', async () => {
    const result = await simulate({ browsers: 2_000, days: 6, policy: { LoadSpreadMinutes: 0 } });
    const install = result.windows.find((w) => w.name.startsWith('collector: install'));
    const push = result.windows.find((w) => w.name.startsWith('provider: new feed URL'));
    expect(install?.shareOfRequests).toBeGreaterThanOrEqual(0.5);
    expect(push?.shareOfRequests).toBe(1);
  }, 60_000);
});
