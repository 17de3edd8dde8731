import { describe, expect, it } from 'vitest';
import { heartbeat, snapshot, type FleetEvent } from './events';
import {
  EMPTY_QUEUE,
  MAX_QUEUE_BYTES,
  backoffMs,
  enqueue,
  eventBytes,
  nextBatch,
  outcomeOf,
  readQueue,
  retryAfterMs,
  settle,
  type FleetQueue,
} from './queue';
import { findingView } from '../finding/finding';
import { BUNDLED_ADVISORIES } from '../advisories/catalog';
import { evidence } from '../../tests/fixtures/evidence';

const lost = (id: string): FleetEvent => ({ kind: 'lost', id, time: 1, count: 1 });
const ids = (q: FleetQueue) => q.events.map((e) => e.id);
let n = 0;
const newId = () => `new${++n}`;

describe('the fleet queue', () => {
  it('is bounded: the oldest go first, and how many is counted and reported before the rest', () => {
    const q = enqueue(enqueue(EMPTY_QUEUE, [lost('a'), lost('b'), lost('c')], 4), [lost('d'), lost('e')], 4);
    expect(ids(q)).toEqual(['b', 'c', 'd', 'e']);
    expect(q.lost).toBe(1);
    const { queue, batch } = nextBatch(q, 0, () => 'count', 3);
    expect(batch.map((e) => e.id)).toEqual(['count', 'b', 'c']);
    expect(batch[0]).toMatchObject({ kind: 'lost', count: 1 });
    expect(queue.lost).toBe(0);
  });

  it('send, then acknowledge: only the ids sent leave, in order, and a retry sends the same ids again', () => {
    let q = enqueue(EMPTY_QUEUE, [lost('a'), lost('b'), lost('c')]);
    const first = nextBatch(q, 0, newId, 2);
    q = settle(first.queue, ['a', 'b'], { kind: 'retry', problem: { code: 'fleet_err_http', status: 503 } }, 100, 0.5);
    expect(ids(q)).toEqual(['a', 'b', 'c']);
    expect(nextBatch(q, 100, newId).batch).toEqual([]);
    const again = nextBatch(q, q.notBefore, newId, 2);
    expect(again.batch.map((e) => e.id)).toEqual(['a', 'b']);
    // Something queued while the batch was out stays, after the batch.
    q = enqueue(again.queue, [lost('d')]);
    q = settle(q, ['a', 'b'], { kind: 'delivered' }, 200, 0.5);
    expect(ids(q)).toEqual(['c', 'd']);
    expect(q).toMatchObject({ failures: 0, notBefore: 0, lastDeliveredAt: 200 });
  });

  it('a rejected batch is dropped with its reason kept', () => {
    const q = settle(
      enqueue(EMPTY_QUEUE, [lost('a')]),
      ['a'],
      { kind: 'rejected', problem: { code: 'fleet_err_http', status: 400 } },
      5,
      0,
    );
    expect(q.events).toEqual([]);
    expect(q.lastError).toEqual({ at: 5, problem: { code: 'fleet_err_http', status: 400 } });
  });

  it('backs off exponentially with jitter, capped at six hours', () => {
    expect([0, 1, 2, 3].map((f) => backoffMs(f, 1))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(0, 0)).toBe(15_000);
    expect(backoffMs(50, 1)).toBe(6 * 3_600_000);
  });

  it('honours Retry-After, in seconds or as a date, when it is longer than the backoff', () => {
    const q = settle(enqueue(EMPTY_QUEUE, [lost('a')]), ['a'], outcomeOf(429, '120', 1000), 1000, 0);
    expect(q.notBefore).toBe(1000 + 120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs('99999999', 0)).toBe(6 * 3_600_000);
  });

  it.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [400, 'rejected'],
    [401, 'rejected'],
    [404, 'rejected'],
  ])('HTTP %i is %s', (status, kind) => expect(outcomeOf(status, null, 0).kind).toBe(kind));

  it.each([0, 301, 302, 303, 307, 308])(
    'a redirect (%i; 0 is the browser\u2019s opaque redirect) keeps the events with its own reason',
    (status) => {
      const q = settle(enqueue(EMPTY_QUEUE, [lost('a')]), ['a'], outcomeOf(status, null, 5), 5, 0);
      expect(q.events.map((e) => e.id)).toEqual(['a']);
      expect(q.lastDeliveredAt).toBeUndefined();
      expect(q.lastError).toEqual({ at: 5, problem: { code: 'fleet_err_redirect' } });
    },
  );

  it('reads a queue stored before problems were codes: HTTP statuses keep their code, other free text is never echoed', () => {
    const old = (reason: string) => readQueue({ events: [], lost: 0, lastError: { at: 5, reason } }).lastError;
    expect(old('HTTP 503')).toEqual({ at: 5, problem: { code: 'fleet_err_http', status: 503 } });
    expect(old("TypeError: Failed to execute 'fetch': 'Bearer s3cret\n' is not a valid header value")).toEqual({
      at: 5,
      problem: { code: 'fleet_err_earlier' },
    });
    expect(JSON.stringify(readQueue({ lastError: { at: 5, reason: 'Bearer s3cret' } }))).not.toContain('s3cret');
  });

  it('a wait set by a clock a year ahead is cut to the longest backoff when read with the corrected time (issue 18)', () => {
    const now = Date.UTC(2026, 11, 2);
    const stored = { ...enqueue(EMPTY_QUEUE, [lost('a')]), notBefore: now + 365 * 86_400_000 };
    const q = readQueue(JSON.parse(JSON.stringify(stored)), now);
    expect(q.notBefore).toBe(now + 6 * 3_600_000);
    expect(nextBatch(q, now + 6 * 3_600_000, newId).batch.map((e) => e.id)).toEqual(['a']);
    // A wait within the longest backoff is kept as it was.
    expect(readQueue({ ...stored, notBefore: now + 60_000 }, now).notBefore).toBe(now + 60_000);
  });

  it('survives a restart: what is stored reads back the same', () => {
    const q = settle(
      enqueue(EMPTY_QUEUE, [lost('a'), lost('b')]),
      ['x'],
      { kind: 'retry', problem: { code: 'fleet_err_http', status: 503 } },
      10,
      0.2,
    );
    expect(readQueue(JSON.parse(JSON.stringify(q)))).toEqual(q);
  });

  it('counts a broken stored event as lost instead of sending it', () => {
    const q = readQueue({
      events: [lost('a'), { kind: 'finding', id: 'b', time: 1, finding: { target: 'x', verdict: 'pwned' } }],
      lost: 2,
    });
    expect(ids(q)).toEqual(['a']);
    expect(q.lost).toBe(3);
  });
});

describe('the fleet queue is capped by bytes (issue 18)', () => {
  const snap = snapshot(findingView(evidence.iisMapped(1_700_000_000_000), undefined), BUNDLED_ADVISORIES);
  const targets = Array.from({ length: 100 }, (_, i) => ({ ...snap, target: `http://127.0.0.${i + 1}/` }));

  it('a heartbeat leaves out what its OCSF event never sends', () => {
    const event = heartbeat(targets, 'h', 1);
    expect(event.kind === 'heartbeat' && event.findings.every((f) => f.advisories.length === 0)).toBe(true);
  });

  it('heartbeats for 100 addresses stay within the byte cap, losing the oldest heartbeats first, never a finding change', () => {
    let q = enqueue(EMPTY_QUEUE, [{ kind: 'finding', id: 'f1', time: 1, activity: 'create', finding: snap }]);
    // 150 heartbeats of 100 addresses are about twice the cap (1,000 of them, the count cap, would be 14 times).
    const N = 150;
    for (let i = 0; i < N; i++) {
      q = enqueue(q, [heartbeat(targets, `h${i}`, 10 + i)]);
      if (i === 100) q = enqueue(q, [{ kind: 'finding', id: 'f2', time: 600, activity: 'update', finding: snap }]);
    }
    const bytes = q.events.reduce((n, e) => n + eventBytes(e), 0);
    expect(bytes).toBeLessThanOrEqual(MAX_QUEUE_BYTES);
    expect(q.events.filter((e) => e.kind === 'finding').map((e) => e.id)).toEqual(['f1', 'f2']);
    const kept = q.events.filter((e) => e.kind === 'heartbeat').map((e) => e.id);
    expect(kept.at(-1)).toBe(`h${N - 1}`);
    expect(kept).not.toContain('h0');
    expect(q.lost).toBe(N - kept.length);
    expect(q.lost).toBeGreaterThan(0);
  }, 60_000);

  it('a dropped lost notice keeps its count', () => {
    const q = enqueue(EMPTY_QUEUE, [{ kind: 'lost', id: 'l', time: 1, count: 7 }, lost('a')], 1);
    expect(q.lost).toBe(7);
  });
});
