import type { FleetQueue } from './queue';

/**
 * The reporter's timing after IT changes its settings (or turns reporting on), as pure rules: utils/fleet.ts applies
 * them, and `npm run simulate` runs them for 20,000 browsers (docs/admin.md, "Load on your servers").
 */

/** Chrome fires a repeating alarm a minute after it is made at the earliest we ask for. */
const FIRST_HEARTBEAT_MIN_MINUTES = 1;

/**
 * New settings: the backoff from the old ones no longer applies, and the first delivery waits a random part of the
 * spread (`waitMinutes`, core/policy/spread.ts's randomWait), so a push does not bring every browser's queue at once. A person
 * who just allowed access to the collector (`retryNow`) is not kept waiting.
 */
export function afterSettingsChange(queue: FleetQueue, now: number, waitMinutes: number, retryNow = false): FleetQueue {
  const wait = retryNow ? 0 : Math.round(waitMinutes * 60_000);
  return { ...queue, failures: 0, notBefore: wait > 0 ? now + wait : 0 };
}

/** The first heartbeat after the heartbeat alarm is (re)made: a minute, or the random wait if longer. */
export function firstHeartbeatMinutes(waitMinutes: number): number {
  return Math.max(FIRST_HEARTBEAT_MIN_MINUTES, waitMinutes);
}
