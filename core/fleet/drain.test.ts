import { describe, expect, it } from 'vitest';
import { heartbeat, type FleetEvent } from './events';
import { drain, MAX_BATCHES_PER_FLUSH } from './drain';
import { EMPTY_QUEUE, MAX_BATCH, type DeliveryOutcome, type FleetQueue } from './queue';

const NOW = 1_800_000_000_000;
const events = (n: number): FleetEvent[] => Array.from({ length: n }, (_, i) => heartbeat([], `e${i}`, NOW + i));

function io(answers: DeliveryOutcome['kind'][]) {
  const posted: string[][] = [];
  const saved: FleetQueue[] = [];
  let ids = 0;
  return {
    posted,
    saved,
    io: {
      now: () => NOW,
      random: () => 0.5,
      newId: () => `n${ids++}`,
      post: async (batch: FleetEvent[]): Promise<DeliveryOutcome> => {
        posted.push(batch.map((e) => e.id));
        const kind = answers.shift() ?? 'delivered';
        return kind === 'delivered'
          ? { kind }
          : kind === 'retry'
            ? { kind, problem: { code: 'fleet_err_http', status: 503 } }
            : { kind, problem: { code: 'fleet_err_http', status: 400 } };
      },
      save: async (q: FleetQueue) => void saved.push(q),
    },
  };
}

describe('one flush', () => {
  it('sends every event once, in batches, saving after each answer, and asks for no wake when empty', async () => {
    const { io: deps, posted, saved } = io([]);
    const result = await drain({ ...EMPTY_QUEUE, events: events(MAX_BATCH * 2 + 1) }, deps);
    expect(posted.map((b) => b.length)).toEqual([MAX_BATCH, MAX_BATCH, 1]);
    expect(new Set(posted.flat()).size).toBe(MAX_BATCH * 2 + 1);
    expect(saved).toHaveLength(3);
    expect(result).toEqual({ queue: expect.objectContaining({ events: [] }) });
  });

  it('stops at a retry, keeps the batch, and wakes when the backoff ends', async () => {
    const { io: deps, posted } = io(['delivered', 'retry']);
    const result = await drain({ ...EMPTY_QUEUE, events: events(MAX_BATCH * 3) }, deps);
    expect(posted).toHaveLength(2);
    expect(result.queue.events).toHaveLength(MAX_BATCH * 2);
    expect(result.queue.notBefore).toBeGreaterThan(NOW);
    expect(result.wakeAt).toBe(Math.max(result.queue.notBefore, NOW + 30_000));
  });

  it('sends nothing while backing off, and wakes then; never sooner than Chrome’s 30 s', async () => {
    const { io: deps, posted } = io([]);
    expect((await drain({ ...EMPTY_QUEUE, events: events(1), notBefore: NOW + 60_000 }, deps)).wakeAt).toBe(NOW + 60_000);
    expect(posted).toEqual([]);
    const huge = { ...EMPTY_QUEUE, events: events(MAX_BATCH * (MAX_BATCHES_PER_FLUSH + 1)) };
    expect((await drain(huge, deps)).wakeAt).toBe(NOW + 30_000);
  });
});
