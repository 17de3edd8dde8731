import type { FleetEvent } from './events';
import { nextBatch, settle, type DeliveryOutcome, type FleetQueue } from './queue';

/** Batches per flush: a week offline drains in a few wakes without holding the worker for long. */
export const MAX_BATCHES_PER_FLUSH = 20;
/** Chrome runs an alarm 30 s from now at the earliest. */
const MIN_WAKE_MS = 30_000;

export interface DrainIo {
  now(): number;
  random(): number;
  newId(): string;
  /** Sends one batch to the collector and says how it answered. */
  post(batch: FleetEvent[]): Promise<DeliveryOutcome>;
  /** Keeps the queue after each answer, so a worker stopped mid-flush sends nothing twice it knows was delivered. */
  save(queue: FleetQueue): Promise<void>;
}

/**
 * One flush: sends what is due, batch by batch, until the queue is empty, the collector refuses or asks to wait, or
 * MAX_BATCHES_PER_FLUSH went. Says when to wake next (undefined: nothing left). The background runs it on every wake
 * (utils/fleet.ts) and `npm run simulate` runs it for a fleet, so both deliver by the same rules.
 */
export async function drain(start: FleetQueue, io: DrainIo): Promise<{ queue: FleetQueue; wakeAt?: number }> {
  let queue = start;
  for (let i = 0; i < MAX_BATCHES_PER_FLUSH; i++) {
    const next = nextBatch(queue, io.now(), io.newId);
    if (next.batch.length === 0) break;
    const outcome = await io.post(next.batch);
    queue = settle(
      next.queue,
      next.batch.map((e) => e.id),
      outcome,
      io.now(),
      io.random(),
    );
    await io.save(queue);
    if (outcome.kind === 'retry') break;
  }
  const waiting = queue.events.length > 0 || queue.lost > 0;
  return waiting ? { queue, wakeAt: Math.max(queue.notBefore, io.now() + MIN_WAKE_MS) } : { queue };
}
