/**
 * How long a browser waits, at random, before it contacts IT's servers after a policy change or a new installation:
 * up to `maxMinutes` (policy LoadSpreadMinutes, default 30), so a push to 20,000 browsers reaches IT's collector and
 * feed spread evenly over that many minutes instead of in the same one. `random` is in [0, 1). 0 when IT set 0.
 *
 * The one rule for the feed check (core/feed/schedule.ts), the first delivery after reporting settings change and the
 * first heartbeat (core/fleet/schedule.ts); `npm run simulate` runs them for a fleet.
 */
export function randomWait(maxMinutes: number, random: number): number {
  return maxMinutes * Math.min(Math.max(random, 0), 1);
}
