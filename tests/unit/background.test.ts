// Entrypoints may not hold test files (WXT would build them), so the background's wiring is tested here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { SCAN_ALARM } from '../../utils/schedule';
import { lastScanItem, settingsItem } from '../../utils/storage';
import { startPersonality, type FakeServer } from '../servers/fake-servers';

let server: FakeServer;

beforeAll(async () => {
  server = await startPersonality('iis5-mapped');
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
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
