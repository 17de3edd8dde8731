import { BUNDLED_ADVISORIES } from '../../core/advisories/catalog';
import { checkFeed, type Fetched } from '../../core/feed/check';
import { csafFileName } from '../../core/feed/filename';
import { feedCheckAfterChange } from '../../core/feed/schedule';
import { fleetConfig, type FleetConfig } from '../../core/fleet/config';
import { drain } from '../../core/fleet/drain';
import { heartbeat, type FleetEvent } from '../../core/fleet/events';
import { EMPTY_QUEUE, enqueue, type DeliveryOutcome, type FleetQueue } from '../../core/fleet/queue';
import { afterSettingsChange, settingsChangeTiming } from '../../core/fleet/schedule';
import type { Policy } from '../../core/policy/keys';

/**
 * `npm run simulate`: a fleet of browsers on a virtual clock, each running the extension's own rules for reporting and
 * the feed: the queue (enqueue), the flush (drain, with its backoff and Retry-After rules), the spread after a policy
 * change (settingsChangeTiming, afterSettingsChange, feedCheckAfterChange) and the number of requests one feed check
 * makes (counted by running the real checkFeed once against a provider of `documents` documents).
 *
 * The timeline: the extension is force-installed on every browser at once (day 0); a week of heartbeats; IT pushes a
 * new feed URL (day 2, 12:00); the collector is down for 24 hours (day 4) and comes back. Browsers run throughout (a
 * browser that is off fires its alarms when it starts, which spreads the load further).
 */
export interface SimOptions {
  browsers: number;
  days?: number;
  policy?: Policy;
  /** Documents the provider lists. */
  documents?: number;
  seed?: number;
}

export interface Window {
  name: string;
  /** Requests in the window, and the busiest minute's. */
  requests: number;
  peak: number;
  /** The busiest minute as a share of the window's requests, and of the fleet size. */
  shareOfRequests: number;
  shareOfFleet: number;
}

export interface SimResult {
  browsers: number;
  feedRequestsPerCheck: number;
  windows: Window[];
  /** Connection attempts while the collector was down: nothing answered them. */
  attemptsWhileDown: { requests: number; peak: number };
  events: { queued: number; delivered: number; duplicates: number; missing: number };
  /** From the collector's return to the last delivery of an event queued before it, in hours. */
  drainedWithinHours: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A small seeded PRNG (mulberry32): the same seed gives the same fleet. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A binary heap of timed wake-ups. */
class Timeline<T> {
  private heap: { at: number; seq: number; item: T }[] = [];
  private seq = 0;
  push(at: number, item: T) {
    const h = this.heap;
    h.push({ at, seq: this.seq++, item });
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (before(h[p], h[i])) break;
      [h[p], h[i]] = [h[i] as (typeof h)[0], h[p] as (typeof h)[0]];
      i = p;
    }
  }
  pop(): { at: number; item: T } | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i] as (typeof h)[0], h[m] as (typeof h)[0]];
        i = m;
      }
    }
    return top;
  }
}
const before = (a: { at: number; seq: number } | undefined, b: { at: number; seq: number } | undefined) =>
  !!a && !!b && (a.at < b.at || (a.at === b.at && a.seq < b.seq));

type Wake = { browser: number; kind: 'flush' | 'heartbeat' | 'feed'; generation: number };

interface Browser {
  queue: FleetQueue;
  random: () => number;
  /** Chrome keeps one alarm per name: a newer one replaces it, so a wake of an older generation is ignored. */
  alarms: Record<Wake['kind'], number>;
  heartbeatPeriod: number;
  feedPeriod: number;
}

/** Requests one feed check makes, counted by the real check against a provider that lists `documents` documents. */
export async function feedRequestsPerCheck(documents: number): Promise<number> {
  const origin = 'https://csaf.example.edu';
  const ids = Array.from({ length: documents }, (_, i) => `EXU-2026-${String(i + 1).padStart(3, '0')}`);
  const files = new Map<string, string>([
    [
      `${origin}/.well-known/csaf/provider-metadata.json`,
      JSON.stringify({
        distributions: [{ directory_url: `${origin}/.well-known/csaf/white/` }],
        public_openpgp_keys: [{ fingerprint: 'A'.repeat(40), url: `${origin}/.well-known/csaf/openpgp/key.asc` }],
      }),
    ],
    [`${origin}/.well-known/csaf/openpgp/key.asc`, 'key'],
    [`${origin}/.well-known/csaf/white/index.txt`, ids.map((id) => `2026/${csafFileName(id)}`).join('\n')],
  ]);
  let requests = 0;
  const get = async (url: string): Promise<Fetched> => {
    requests += 1;
    const body = files.get(url) ?? (url.endsWith('.json') ? '{}' : url.endsWith('.sha512') ? 'x' : 'sig');
    return { kind: 'ok', bytes: new TextEncoder().encode(body) };
  };
  // Every document is fetched with its hash and signature; the hash here never matches, so the check stops there,
  // before the signature: count that request too, as a real, passing check makes it.
  await checkFeed(
    { feedUrl: [...files.keys()][0] as string, pins: ['A'.repeat(40)], revoked: [], held: undefined, baseline: BUNDLED_ADVISORIES },
    {
      get,
      digest: async () => 'y',
      readKey: async () => ({ fingerprint: 'A'.repeat(40), key: {} }),
      verify: async () => ({ kind: 'ok', fingerprint: 'A'.repeat(40) }),
      now: () => 0,
    },
  );
  return requests + documents;
}

export async function simulate(options: SimOptions): Promise<SimResult> {
  const days = options.days ?? 7;
  const policy: Policy = {
    ReportEndpoint: 'https://siem.example.edu/in',
    AdvisoryFeedUrl: 'https://www.example.edu/.well-known/csaf/provider-metadata.json',
    ...options.policy,
  };
  const cfg = fleetConfig(policy) as FleetConfig;
  const perCheck = await feedRequestsPerCheck(options.documents ?? 10);
  const seed = prng(options.seed ?? 2001);
  const timeline = new Timeline<Wake>();
  const collector = new Map<number, number>();
  const down = new Map<number, number>();
  const provider = new Map<number, number>();
  const delivered = new Map<string, number>();
  const queuedBeforeReturn = new Set<string>();
  const outage = { from: 4 * DAY, to: 5 * DAY };
  const feedPush = 2 * DAY + 12 * HOUR;
  let lastDrain = 0;
  let ids = 0;
  const count = (m: Map<number, number>, at: number, n = 1) => m.set(Math.floor(at / MINUTE), (m.get(Math.floor(at / MINUTE)) ?? 0) + n);

  const browsers: Browser[] = Array.from({ length: options.browsers }, () => ({
    queue: EMPTY_QUEUE,
    random: prng(Math.floor(seed() * 2 ** 32)),
    alarms: { flush: 0, heartbeat: 0, feed: 0 },
    heartbeatPeriod: cfg.heartbeatHours * HOUR,
    feedPeriod: 0,
  }));

  const alarm = (b: number, kind: Wake['kind'], at: number) => {
    const browser = browsers[b] as Browser;
    browser.alarms[kind] += 1;
    timeline.push(at, { browser: b, kind, generation: browser.alarms[kind] });
  };

  async function deliver(b: number, now: number) {
    const browser = browsers[b] as Browser;
    const { queue, wakeAt } = await drain(browser.queue, {
      now: () => now,
      random: browser.random,
      newId: () => `lost-${ids++}`,
      post: async (batch: FleetEvent[]): Promise<DeliveryOutcome> => {
        if (now >= outage.from && now < outage.to) {
          count(down, now);
          return { kind: 'retry', problem: { code: 'fleet_err_network' } };
        }
        count(collector, now);
        for (const e of batch) {
          delivered.set(e.id, (delivered.get(e.id) ?? 0) + 1);
          if (queuedBeforeReturn.has(e.id)) lastDrain = Math.max(lastDrain, now);
        }
        return { kind: 'delivered' };
      },
      save: async (q) => void (browser.queue = q),
    });
    browser.queue = queue;
    if (wakeAt !== undefined) alarm(b, 'flush', wakeAt);
  }

  function add(b: number, now: number) {
    const browser = browsers[b] as Browser;
    const event = heartbeat([], `e-${ids++}`, now);
    if (now < outage.to) queuedBeforeReturn.add(event.id);
    browser.queue = enqueue(browser.queue, [event]);
  }

  function scheduleFeed(b: number, now: number, p: Policy) {
    const browser = browsers[b] as Browser;
    const when = feedCheckAfterChange(p, browser.random());
    browser.feedPeriod = when.periodMinutes * MINUTE;
    if (when.kind === 'later') alarm(b, 'feed', now + when.delayMinutes * MINUTE);
    else {
      count(provider, now, perCheck);
      alarm(b, 'feed', now + browser.feedPeriod);
    }
  }

  // Day 0: force-installed everywhere at once. The background's first flush sees new settings; the install scan queues
  // its findings; the feed is scheduled as after a push.
  for (let b = 0; b < browsers.length; b++) {
    const browser = browsers[b] as Browser;
    const timing = settingsChangeTiming(cfg.spreadMinutes, browser.random());
    browser.queue = afterSettingsChange(browser.queue, 0, timing.deliverMinutes);
    alarm(b, 'heartbeat', timing.heartbeatMinutes * MINUTE);
    scheduleFeed(b, 0, policy);
    add(b, 0);
    await deliver(b, 0);
  }
  let pushed = false;
  const end = days * DAY;
  for (let next = timeline.pop(); next && next.at < end; next = timeline.pop()) {
    if (!pushed && next.at >= feedPush) {
      // IT changes the feed URL: every browser hears it at once (a policy file, as the worst case).
      pushed = true;
      const moved = { ...policy, AdvisoryFeedUrl: 'https://csaf.example.edu/.well-known/csaf/provider-metadata.json' };
      for (let b = 0; b < browsers.length; b++) scheduleFeed(b, feedPush, moved);
    }
    const { at, item } = next;
    const browser = browsers[item.browser] as Browser;
    if (item.generation !== browser.alarms[item.kind]) continue;
    if (item.kind === 'feed') {
      count(provider, at, perCheck);
      alarm(item.browser, 'feed', at + browser.feedPeriod);
    } else if (item.kind === 'heartbeat') {
      add(item.browser, at);
      alarm(item.browser, 'heartbeat', at + browser.heartbeatPeriod);
      await deliver(item.browser, at);
    } else {
      await deliver(item.browser, at);
    }
  }

  const windows = [
    window('collector: install, first 2 hours', collector, 0, 2 * HOUR, options.browsers),
    ...Array.from({ length: 3 }, (_, d) =>
      window(`collector: heartbeats, day ${d + 1}`, collector, (d + 1) * DAY, (d + 2) * DAY, options.browsers),
    ),
    window('collector: back after 24 hours down, next 12 hours', collector, outage.to, outage.to + 12 * HOUR, options.browsers),
    window('provider: install, first 2 hours', provider, 0, 2 * HOUR, options.browsers),
    window('provider: new feed URL pushed, next 2 hours', provider, feedPush, feedPush + 2 * HOUR, options.browsers),
    window('provider: daily checks, day 3', provider, 3 * DAY, 4 * DAY, options.browsers),
  ];
  const downTotal = [...down.values()].reduce((a, n) => a + n, 0);
  const counts = [...delivered.values()];
  return {
    browsers: options.browsers,
    feedRequestsPerCheck: perCheck,
    windows,
    attemptsWhileDown: { requests: downTotal, peak: Math.max(0, ...down.values()) },
    events: {
      queued: ids - [...delivered.keys()].filter((id) => id.startsWith('lost-')).length,
      delivered: counts.filter((n) => n >= 1).length,
      duplicates: counts.filter((n) => n > 1).length,
      missing: [...queuedBeforeReturn].filter((id) => !delivered.has(id)).length,
    },
    drainedWithinHours: (lastDrain - outage.to) / HOUR,
  };
}

function window(name: string, perMinute: Map<number, number>, from: number, to: number, fleet: number): Window {
  let requests = 0;
  let peak = 0;
  for (let m = Math.floor(from / MINUTE); m < Math.ceil(to / MINUTE); m++) {
    const n = perMinute.get(m) ?? 0;
    requests += n;
    peak = Math.max(peak, n);
  }
  return { name, requests, peak, shareOfRequests: requests ? peak / requests : 0, shareOfFleet: peak / fleet };
}
