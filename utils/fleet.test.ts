import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_ADVISORIES } from '../core/advisories/catalog';
import type { FleetConfig } from '../core/fleet/config';
import { readQueue } from '../core/fleet/queue';
import { evidence } from '../tests/fixtures/evidence';
import { fakeReport } from '../tests/fixtures/results';
import { createFleetReporter } from './fleet';
import { fleetQueueItem, fleetSentItem } from './storage';

// No spread (LoadSpreadMinutes 0) unless a test says so: these tests are about delivery, not timing.
const CONFIG: FleetConfig = {
  endpoint: 'https://siem.example.edu/in',
  format: 'ocsf',
  heartbeatHours: 24,
  deviceLabel: 'PC-7',
  spreadMinutes: 0,
};

/** `null`: reporting is off (no endpoint in policy). */
function setup(answers: number[], configured: FleetConfig | null = CONFIG, start = 1_800_000_000_000) {
  const config = configured ?? undefined;
  const sent: { url: string; init: RequestInit }[] = [];
  let clock = start;
  const send = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response('{}', { status: answers.shift() ?? 200 });
  }) as unknown as typeof fetch;
  const reporter = createFleetReporter({
    config: async () => config,
    catalog: async () => BUNDLED_ADVISORIES,
    now: () => ++clock,
    random: () => 0.5,
    send,
  });
  return {
    reporter,
    sent,
    bodies: () => sent.map((s) => JSON.parse(String(s.init.body)) as { metadata: { uid: string }; activity_id: number }[]),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ version: '0.1.0', manifest_version: 3, name: 'x' }) });
});

describe('the fleet reporter', () => {
  it('sends a new finding once, to the configured endpoint only, and then nothing while it stays the same', async () => {
    const { reporter, sent, bodies } = setup([200]);
    await reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    await reporter.afterScan(fakeReport([evidence.iisMapped(20)]), {});
    expect(sent.map((s) => [s.url, s.init.method])).toEqual([[CONFIG.endpoint, 'POST']]);
    expect(bodies()[0]?.map((e) => e.activity_id)).toEqual([1]);
    expect(readQueue(await fleetQueueItem.getValue()).events).toEqual([]);
  });

  it('keeps what a 503 refused, and sends the same ids once the collector is back', async () => {
    const { reporter, bodies } = setup([503, 200]);
    await reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    const queued = readQueue(await fleetQueueItem.getValue());
    expect(queued.events).toHaveLength(1);
    expect(queued.lastError?.problem).toEqual({ code: 'fleet_err_http', status: 503 });
    await fleetQueueItem.setValue({ ...queued, notBefore: 0 }); // the backoff has passed
    await reporter.flush();
    expect(bodies().map((b) => b.map((e) => e.metadata.uid))).toEqual([[queued.events[0]?.id], [queued.events[0]?.id]]);
    expect(readQueue(await fleetQueueItem.getValue()).events).toEqual([]);
  });

  it('waits out the backoff on a plain flush, and sends at once when access to the collector was just allowed', async () => {
    const { reporter, sent } = setup([503, 200]);
    await reporter.flush(); // as the background does when its worker starts
    await reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    expect(readQueue(await fleetQueueItem.getValue()).notBefore).toBeGreaterThan(0);
    await reporter.flush();
    expect(sent).toHaveLength(1);
    await reporter.flush({ retryNow: true });
    expect(sent).toHaveLength(2);
    expect(readQueue(await fleetQueueItem.getValue()).events).toEqual([]);
  });

  it('remembers the settings across a stopped worker: new settings from IT end the old backoff, the same ones keep it', async () => {
    const first = setup([503]);
    await first.reporter.flush();
    await first.reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    await first.reporter.flush();
    expect(readQueue(await fleetQueueItem.getValue()).notBefore).toBeGreaterThan(0);
    // The worker stopped. A new one with the same settings waits the backoff out…
    const same = setup([200]);
    await same.reporter.flush();
    expect(same.sent).toEqual([]);
    // …and one woken by IT's fixed settings (a new collector address) sends at once.
    const fixed = setup([200], { ...CONFIG, endpoint: 'https://siem2.example.edu/in' });
    await fixed.reporter.flush();
    expect(fixed.sent.map((s) => s.url)).toEqual(['https://siem2.example.edu/in']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('siem2.example.edu/in"');
  });

  it('new settings wait a random part of LoadSpreadMinutes before the first delivery and heartbeat (issue 18)', async () => {
    const spread = { ...CONFIG, spreadMinutes: 30 };
    const T = 1_800_000_000_000;
    const early = setup([200], spread, T);
    await early.reporter.flush();
    await early.reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    // random() is 0.5 in these tests: half of 30 minutes; the heartbeat a minute after that, the delivery a minute later.
    expect(early.sent).toEqual([]);
    const queue = readQueue(await fleetQueueItem.getValue());
    expect(queue.notBefore - T).toBeGreaterThan(16.9 * 60_000);
    expect(queue.notBefore - T).toBeLessThanOrEqual(17 * 60_000 + 10);
    expect((await fakeBrowser.alarms.get('fleet-flush'))?.scheduledTime).toBe(queue.notBefore);
    const beat = await fakeBrowser.alarms.get('fleet-heartbeat');
    expect(beat?.periodInMinutes).toBe(24 * 60);
    expect(Math.abs((beat?.scheduledTime ?? 0) - Date.now() - 16 * 60_000)).toBeLessThan(5_000);
    // The same settings, a worker later, once the wait is over: sent, and not spread again.
    const later = setup([200], spread, queue.notBefore + 1);
    await later.reporter.flush();
    expect(later.sent).toHaveLength(1);
    // Reporting off and on again starts as new settings do: spread again.
    await setup([], null).reporter.flush();
    const again = setup([200], spread, queue.notBefore + 2);
    await again.reporter.flush();
    expect(readQueue(await fleetQueueItem.getValue()).notBefore).toBeGreaterThan(queue.notBefore + 16 * 60_000);
  });

  it.each([302, 307])('never follows a redirect (%i): the events stay queued with the redirect as the reason', async (status) => {
    const { reporter, sent } = setup([status]);
    await reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    expect(sent.map((s) => s.init.redirect)).toEqual(['manual']);
    const queued = readQueue(await fleetQueueItem.getValue());
    expect(queued.events).toHaveLength(1);
    expect(queued.lastDeliveredAt).toBeUndefined();
    expect(queued.lastError?.problem).toEqual({ code: 'fleet_err_redirect' });
  });

  it('a full storage: the queue is written again smaller, heartbeats go first, a finding change stays, and the reason is kept', async () => {
    const { reporter } = setup([503, 503, 503, 503, 503, 503]);
    await reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    const many = fakeReport(Array.from({ length: 60 }, (_, i) => ({ ...evidence.iisMapped(10), target: `http://127.0.0.${i + 1}/` })));
    for (let i = 0; i < 3; i++) await reporter.heartbeat(many, {});
    // The browser's quota: storage refuses any write of the queue over 40 KB from now on.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (JSON.stringify(items).length > 40_000) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    try {
      await reporter.heartbeat(many, {});
    } finally {
      spy.mockRestore();
    }
    const queue = readQueue(await fleetQueueItem.getValue());
    expect(queue.lastError?.problem).toEqual({ code: 'fleet_err_storage_full' });
    expect(queue.events.filter((e) => e.kind === 'finding')).toHaveLength(1);
    expect(queue.lost).toBeGreaterThan(0);
  });

  it('with no endpoint, sends nothing and forgets the queue and what IT heard', async () => {
    await fleetQueueItem.setValue({ events: [{ kind: 'lost', id: 'x', time: 1, count: 1 }], lost: 0, failures: 0, notBefore: 0 });
    await fleetSentItem.setValue({ 'http://127.0.0.1/': { verdict: 'exposed', rule: 'r', banner: null, mapping: 'present' } });
    const { reporter, sent } = setup([], null);
    await reporter.afterScan(fakeReport([evidence.iisMapped(10)]), {});
    await reporter.flush();
    expect(sent).toEqual([]);
    expect(await fleetQueueItem.getValue()).toBeNull();
    expect(await fleetSentItem.getValue()).toBeNull();
  });
});
