import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOr } from '../../tests/fuzz/hostile';
import { ocsfErrors } from '../../tests/fixtures/ocsf/validate';
import { evidence } from '../../tests/fixtures/evidence';
import { BUNDLED_ADVISORIES } from '../advisories/catalog';
import { findingView } from '../finding/finding';
import { isTimeValue } from '../text/time-value';
import { snapshot, type FleetEvent } from './events';
import { toOcsf } from './ocsf';
import { MAX_QUEUED, readQueue, settle, enqueue, type FleetQueue } from './queue';

const finding = snapshot(findingView(evidence.iisMapped(1_700_000_000_000), undefined), BUNDLED_ADVISORIES);
const valid: FleetQueue = enqueue(
  {
    events: [],
    lost: 1,
    failures: 2,
    notBefore: 1_700_000_000_500,
    lastError: { at: 1_700_000_000_400, problem: { code: 'fleet_err_http', status: 503 } },
  },
  [
    { kind: 'finding', id: 'a', time: 1_700_000_000_001, activity: 'create', finding },
    { kind: 'milestone', id: 'b', time: 1_700_000_000_002, milestone: 'step-done', step: 'subscribe', finding },
    { kind: 'heartbeat', id: 'c', time: 1_700_000_000_003, findings: [finding] },
    { kind: 'lost', id: 'd', time: 1_700_000_000_004, count: 3 },
  ] satisfies FleetEvent[],
);
const reporter = { extensionVersion: '0.1.0', installId: 'install' };

describe('fuzz: the stored fleet queue reader', () => {
  it('never throws, stays bounded, and every event it keeps builds a valid OCSF event', () => {
    fc.assert(
      fc.property(anyOr(valid), (raw) => {
        const q = readQueue(raw);
        expect(q.events.length).toBeLessThanOrEqual(MAX_QUEUED);
        expect(Number.isSafeInteger(q.lost) && q.lost >= 0).toBe(true);
        expect(isTimeValue(q.notBefore)).toBe(true);
        for (const event of q.events) expect(ocsfErrors(toOcsf(event, reporter)), JSON.stringify(event)).toBeUndefined();
        // And what it gives can be settled and stored again.
        expect(() =>
          JSON.stringify(
            settle(
              q,
              q.events.map((e) => e.id),
              { kind: 'delivered' },
              1,
              0.5,
            ),
          ),
        ).not.toThrow();
      }),
    );
  });

  it('reads its own valid value back whole', () => {
    expect(readQueue(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });

  it('regression: a sparse list of CVEs (a hole .every skips) is not read as a list of strings', () => {
    const event = structuredClone(valid.events[0]) as { finding: { advisories: { cves: unknown[] }[] } };
    const advisory = event.finding.advisories[0];
    if (advisory) advisory.cves = new Array<unknown>(1);
    const q = readQueue({ events: [event] });
    expect(q.events).toEqual([]);
    expect(q.lost).toBe(1);
  });

  it('regression: a time with a fraction (5e-324) is not a whole millisecond, so the event is counted as lost', () => {
    const event = { ...structuredClone(valid.events[3]), time: 5e-324 };
    expect(readQueue({ events: [event] })).toMatchObject({ events: [], lost: 1 });
  });
});
