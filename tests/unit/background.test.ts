// Entrypoints may not hold test files (WXT would build them), so the background's wiring is tested here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { SCAN_ALARM } from '../../utils/schedule';
import { settingsItem } from '../../utils/storage';
import { lastScanItem } from '../../utils/scan-storage';
import { startPersonality, type FakeServer } from '../servers/fake-servers';
import { catalogueSource } from '../setup/i18n';

let server: FakeServer;

beforeAll(async () => {
  server = await startPersonality('iis5-mapped');
});
afterAll(() => server.close());

let notified: string[] = [];

beforeEach(async () => {
  fakeBrowser.reset();
  notified = [];
  // fake-browser leaves these out; the background needs them. Its i18n is the English catalogue, as a browser's would be.
  const english = catalogueSource('en');
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, subs?: string[]) => english.message(key, subs ?? []),
    getUILanguage: () => 'en',
  });
  Object.assign(fakeBrowser.permissions, { onAdded: { addListener: () => undefined }, contains: async () => true });
  Object.assign(fakeBrowser.notifications, {
    create: async (id: string) => {
      notified.push(id);
      return id;
    },
  });
  await settingsItem.setValue({ targets: [server.url], scanIntervalHours: 3 });
});

async function nextReport() {
  for (let i = 0; i < 200; i++) {
    const report = await lastScanItem.getValue();
    if (report) return report;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no report was stored');
}

describe('background wiring', () => {
  it('on install: schedules checks and scans the configured targets', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const report = await nextReport();
    expect(report.trigger).toBe('install');
    expect(report.results.map((r) => [r.target, r.verdict])).toEqual([[server.url, 'exposed']]);
    expect((await browser.alarms.get(SCAN_ALARM))?.periodInMinutes).toBe(180);
    await expect.poll(() => notified).toEqual([`cra-${server.url}`]);
  });

  it('applies IT\u2019s policy: the managed schedule wins and IT\u2019s servers are checked', async () => {
    await fakeBrowser.storage.managed.set({ ScanIntervalHours: 24, ExtraTargets: [server.url.replace('127.0.0.1', 'localhost')] });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const report = await nextReport();
    expect(report.results.map((r) => r.target)).toEqual([server.url, server.url.replace('127.0.0.1', 'localhost')]);
    await expect.poll(async () => (await browser.alarms.get(SCAN_ALARM))?.periodInMinutes).toBe(1440);
  });

  it('sends nothing to a server the browser has not allowed', async () => {
    Object.assign(fakeBrowser.permissions, { contains: async () => false });
    const before = server.seen.length;
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    const report = await nextReport();
    expect(report.results[0]?.rule).toBe('no-answer-blocked');
    expect(server.seen.length).toBe(before);
  });

  it('on the alarm: scans again', async () => {
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger({ name: SCAN_ALARM, scheduledTime: Date.now(), periodInMinutes: 180 });
    expect((await nextReport()).trigger).toBe('schedule');
  });

  it('on browser start: scans', async () => {
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await nextReport()).trigger).toBe('startup');
  });
});
