import { isTimeValue } from '../text/time-value';
import { isVerdict } from '../verdict/verdict';
import { isMappingState } from '../verdict/evidence';
import { STEP_IDS } from '../checklist/types';
import { SNAPSHOT_LIMITS as L, type FleetEvent } from './events';

/**
 * The durable queue of fleet events, kept in extension storage so it survives
 * offline weeks, collector restarts and browser restarts. Pure functions: the
 * background reads it, applies one of these, and writes it back through its
 * one serial writer.
 *
 * Delivery is send-then-acknowledge: a batch stays queued until the collector
 * accepts it, and only the ids that were sent are removed. A batch cut short
 * by a restart is sent again with the same ids, which a collector drops as
 * duplicates.
 */
export interface FleetQueue {
  events: FleetEvent[];
  /** Events dropped because the queue was full, not yet reported. */
  lost: number;
  /** Failed attempts in a row; sets the backoff. */
  failures: number;
  /** No delivery before this time (backoff, or the collector's Retry-After). */
  notBefore: number;
  lastDeliveredAt?: number;
  lastError?: { at: number; problem: DeliveryProblem };
}

/**
 * Why the last delivery failed, as a code and its parameter: never the browser's or the collector's own words, which
 * can quote the request (Firefox's fetch error quotes a bad header value, and that value can be IT's secret).
 */
export type DeliveryProblem =
  | { code: 'fleet_err_http'; status: number }
  | { code: 'fleet_err_redirect' }
  | { code: 'fleet_err_network' }
  | { code: 'fleet_err_storage_full' }
  | { code: 'fleet_err_earlier' };

/** Reads a stored problem. A queue written before codes kept free text: `HTTP 503` becomes its code, anything else 'earlier'. */
export function readProblem(raw: unknown): DeliveryProblem | undefined {
  if (typeof raw === 'string') {
    const http = /^HTTP (\d{3})$/.exec(raw);
    return http ? { code: 'fleet_err_http', status: Number(http[1]) } : { code: 'fleet_err_earlier' };
  }
  if (!isRecord(raw)) return undefined;
  if (raw.code === 'fleet_err_http') return isStatus(raw.status) ? { code: 'fleet_err_http', status: raw.status } : undefined;
  if (SIMPLE_PROBLEMS.has(raw.code)) return { code: raw.code as Exclude<DeliveryProblem, { status: number }>['code'] };
  return undefined;
}

const SIMPLE_PROBLEMS: ReadonlySet<unknown> = new Set([
  'fleet_err_network',
  'fleet_err_earlier',
  'fleet_err_redirect',
  'fleet_err_storage_full',
]);
const isStatus = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 599;

export const EMPTY_QUEUE: FleetQueue = { events: [], lost: 0, failures: 0, notBefore: 0 };

/** About a week of a busy computer's events; beyond it the oldest go first. */
export const MAX_QUEUED = 1000;
/**
 * The queue's size in storage, at most: a fifth of Chrome's 10 MiB storage.local quota, which lastScan, the checklists and
 * IT's feed (up to 5 MB) share with it.
 */
export const MAX_QUEUE_BYTES = 2 * 1024 * 1024;
/** What goes first when the queue is full: heartbeats (the next one says the same), then lost notices (their count is kept), then milestones; a finding change last. */
const DROP_ORDER: readonly FleetEvent['kind'][] = ['heartbeat', 'lost', 'milestone', 'finding'];

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** An event's size as stored (JSON, UTF-8). */
export function eventBytes(event: FleetEvent): number {
  return utf8Length(JSON.stringify(event));
}
/** Events per request: small enough for any collector's body limit. */
export const MAX_BATCH = 50;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * Adds events. Beyond `max` events or `maxBytes`, events go in DROP_ORDER, oldest first within each kind, and are
 * counted (a dropped lost notice adds its own count), so IT hears of the gap and never loses a finding change while a
 * heartbeat could go instead.
 */
export function enqueue(queue: FleetQueue, events: readonly FleetEvent[], max = MAX_QUEUED, maxBytes = MAX_QUEUE_BYTES): FleetQueue {
  const all: (FleetEvent | undefined)[] = [...queue.events, ...events];
  // One pass for the usual case, a queue within both limits; each event is measured only when something must go.
  if (all.length <= max && utf8Length(JSON.stringify(all)) <= maxBytes) return { ...queue, events: all as FleetEvent[] };
  const sizes = all.map((e) => (e ? eventBytes(e) : 0));
  let bytes = sizes.reduce((n, s) => n + s, 0);
  let count = all.length;
  let lost = queue.lost;
  for (const kind of DROP_ORDER) {
    for (let i = 0; i < all.length && (count > max || bytes > maxBytes); i++) {
      const e = all[i];
      if (e?.kind !== kind) continue;
      all[i] = undefined;
      count -= 1;
      bytes -= sizes[i] ?? 0;
      lost += e.kind === 'lost' ? e.count : 1;
    }
  }
  return { ...queue, events: all.filter((e): e is FleetEvent => e !== undefined), lost };
}

/**
 * What to send now, or nothing while backing off. A pending count of lost
 * events goes first, as its own event, so IT learns of the gap.
 */
export function nextBatch(
  queue: FleetQueue,
  now: number,
  newId: () => string,
  max = MAX_BATCH,
): { queue: FleetQueue; batch: FleetEvent[] } {
  if (now < queue.notBefore) return { queue, batch: [] };
  let q = queue;
  if (q.lost > 0) {
    // Becomes an ordinary queued event, so it is retried and acknowledged like the rest.
    q = { ...q, events: [{ kind: 'lost', id: newId(), time: now, count: q.lost }, ...q.events], lost: 0 };
  }
  return { queue: q, batch: q.events.slice(0, max) };
}

/** The collector's answer, in the terms of delivery. */
export type DeliveryOutcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; problem: DeliveryProblem; retryAfterMs?: number }
  | { kind: 'rejected'; problem: DeliveryProblem };

/**
 * 2xx delivered; 429 and 5xx retried (429 after its Retry-After); a redirect retried with its own reason; any other
 * answer rejected: retrying would not help. A redirect is never followed (the reporter sends with `redirect: 'manual'`,
 * which the browser answers with an opaque redirect, status 0): following one would count a GET elsewhere as delivered,
 * or send the events, and IT's Authorization, to another host. So the events stay queued until IT fixes the address.
 */
export function outcomeOf(status: number, retryAfter: string | null, now: number): DeliveryOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 0 || (status >= 300 && status < 400)) return { kind: 'retry', problem: { code: 'fleet_err_redirect' } };
  if (status === 429 || status >= 500) {
    const after = retryAfterMs(retryAfter, now);
    return { kind: 'retry', problem: { code: 'fleet_err_http', status }, ...(after !== undefined ? { retryAfterMs: after } : {}) };
  }
  return { kind: 'rejected', problem: { code: 'fleet_err_http', status } };
}

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3); capped at the longest backoff. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,10}$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_BACKOFF_MS);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, date - now), MAX_BACKOFF_MS);
}

/** Exponential backoff with jitter: 30 s, 1 min, 2 min … up to 6 h, each between half and all of that. */
export function backoffMs(failures: number, random: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.min(failures, 20));
  return Math.round(ceiling * (0.5 + random / 2));
}

/** Applies the answer to a sent batch: acknowledged or rejected ids leave the queue; a retry keeps them and waits. */
export function settle(queue: FleetQueue, sentIds: readonly string[], outcome: DeliveryOutcome, now: number, random: number): FleetQueue {
  const sent = new Set(sentIds);
  const rest = queue.events.filter((e) => !sent.has(e.id));
  switch (outcome.kind) {
    case 'delivered':
      return { ...queue, events: rest, failures: 0, notBefore: 0, lastDeliveredAt: now };
    case 'rejected':
      // Kept as the reason, shown on the settings page; the events would be refused again.
      return { ...queue, events: rest, failures: 0, notBefore: 0, lastError: { at: now, problem: outcome.problem } };
    case 'retry': {
      const failures = queue.failures + 1;
      const wait = Math.max(outcome.retryAfterMs ?? 0, backoffMs(queue.failures, random));
      return { ...queue, failures, notBefore: now + wait, lastError: { at: now, problem: outcome.problem } };
    }
  }
}

/**
 * No wait is ever longer than the longest backoff. A `notBefore` further out was set by a clock that has since gone back
 * (say, a year ahead during an outage, then corrected): read with the time now, it is cut to that, so delivery is late
 * by one backoff at most, never frozen.
 */
function clampWait(notBefore: number, now: number | undefined): number {
  return now !== undefined && notBefore > now + MAX_BACKOFF_MS ? now + MAX_BACKOFF_MS : notBefore;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** OCSF times are whole milliseconds: a fraction a corrupted store holds would make the event invalid. */
const isTime = (v: unknown): v is number => isTimeValue(v) && Number.isInteger(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Reads the stored queue defensively. Events are the extension's own, so an
 * event is kept when its envelope is sound (an id, a known kind, a time); one
 * that is not is counted as lost rather than sent broken.
 */
export function readQueue(raw: unknown, now?: number): FleetQueue {
  if (!isRecord(raw)) return EMPTY_QUEUE;
  const stored = Array.isArray(raw.events) ? (raw.events as unknown[]).slice(0, MAX_QUEUED) : [];
  const events = stored.filter(isSoundEvent);
  const lost = (isCount(raw.lost) ? raw.lost : 0) + (stored.length - events.length);
  const problem = isRecord(raw.lastError) ? readProblem(raw.lastError.problem ?? raw.lastError.reason) : undefined;
  const lastError = isRecord(raw.lastError) && isTime(raw.lastError.at) && problem ? { at: raw.lastError.at, problem } : undefined;
  return {
    events,
    lost,
    failures: isCount(raw.failures) ? Math.min(raw.failures, 100) : 0,
    notBefore: isTime(raw.notBefore) ? clampWait(raw.notBefore, now) : 0,
    ...(isTime(raw.lastDeliveredAt) ? { lastDeliveredAt: raw.lastDeliveredAt } : {}),
    ...(lastError ? { lastError } : {}),
  };
}

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
// Array.from, not .every on the array itself: .every skips the holes of a sparse array, which JSON cannot hold but storage can.
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= L.list && Array.from(v as unknown[]).every((x) => isString(x, L.item));
const PROBES: ReadonlySet<unknown> = new Set(['probed', 'blocked', 'never-probed']);

/** A finding snapshot holds everything toOcsf reads, in its vocabulary. */
function isSnapshot(v: unknown): boolean {
  return (
    isRecord(v) &&
    isString(v.target, L.target) &&
    isVerdict(v.verdict) &&
    isString(v.rule, L.rule) &&
    (v.banner === null || isString(v.banner, L.banner)) &&
    isMappingState(v.mapping) &&
    PROBES.has(v.probe) &&
    isTime(v.checkedAt) &&
    (v.patchReportedAt === undefined || isTime(v.patchReportedAt)) &&
    (v.product === undefined ||
      (isRecord(v.product) &&
        isString(v.product.family, L.product) &&
        (v.product.version === undefined || isString(v.product.version, L.product)))) &&
    Array.isArray(v.advisories) &&
    v.advisories.length <= L.advisories &&
    Array.from(v.advisories as unknown[]).every(
      (a: unknown) =>
        isRecord(a) &&
        isString(a.id, L.advisoryId) &&
        isString(a.title, L.title) &&
        (a.certainty === 'applies' || a.certainty === 'may-apply') &&
        isStrings(a.cves) &&
        isStrings(a.references),
    )
  );
}

const STEPS: ReadonlySet<unknown> = new Set(STEP_IDS);
const MILESTONES: ReadonlySet<unknown> = new Set(['step-done', 'step-skipped', 'patch-reported', 'report-sent']);
const ACTIVITIES: ReadonlySet<unknown> = new Set(['create', 'update', 'close']);

function isSoundEvent(value: unknown): value is FleetEvent {
  if (!isRecord(value) || !isString(value.id, 100) || value.id.length === 0 || !isTime(value.time)) return false;
  switch (value.kind) {
    case 'finding':
      return ACTIVITIES.has(value.activity) && isSnapshot(value.finding) && (value.previous === undefined || isVerdict(value.previous));
    case 'milestone':
      return MILESTONES.has(value.milestone) && (value.step === undefined || STEPS.has(value.step)) && isSnapshot(value.finding);
    case 'heartbeat':
      return (
        Array.isArray(value.findings) && value.findings.length <= L.heartbeat && Array.from(value.findings as unknown[]).every(isSnapshot)
      );
    case 'lost':
      return isCount(value.count);
    default:
      return false;
  }
}
