import { randomWait } from '../policy/spread';
import type { FleetQueue } from './queue';

/**
 * The reporter's timing after IT changes its settings (or turns reporting on), as pure rules: utils/fleet.ts applies
 * them, and `npm run simulate` runs them for 20,000 browsers (docs/admin.md, "Load on your servers").
 */
export interface SettingsChangeTiming {
  /** Minutes until the first heartbeat, when the heartbeat alarm is made. */
  heartbeatMinutes: number;
  /** Minutes until the first delivery: 0 sends at once. */
  deliverMinutes: number;
}

/**
 * After a random wait within the spread (core/policy/spread.ts's randomWait, `random` in [0, 1)): the first heartbeat a
 * minute after it (Chrome wants a minute before a repeating alarm's first run), and the first delivery a minute after
 * that, so the heartbeat and what the install scan queued leave together in one request. With no spread (IT set LoadSpreadMinutes 0),
 * everything is sent at once and the heartbeat comes after a minute, as for a small fleet.
 */
export function settingsChangeTiming(spreadMinutes: number, random: number): SettingsChangeTiming {
  const waitMinutes = randomWait(spreadMinutes, random);
  return spreadMinutes > 0
    ? { heartbeatMinutes: 1 + waitMinutes, deliverMinutes: 2 + waitMinutes }
    : { heartbeatMinutes: 1, deliverMinutes: 0 };
}

/**
 * New settings: the backoff from the old ones no longer applies, and the first delivery waits `deliverMinutes`. A person
 * who just allowed access to the collector (`retryNow`) is not kept waiting.
 */
export function afterSettingsChange(queue: FleetQueue, now: number, deliverMinutes: number, retryNow = false): FleetQueue {
  const wait = retryNow ? 0 : Math.round(deliverMinutes * 60_000);
  return { ...queue, failures: 0, notBefore: wait > 0 ? now + wait : 0 };
}
