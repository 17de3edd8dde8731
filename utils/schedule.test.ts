import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SCAN_ALARM, syncSchedule } from './schedule';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('syncSchedule', () => {
  it('creates one repeating alarm at the chosen interval', async () => {
    await syncSchedule(6);
    const alarms = await browser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ name: SCAN_ALARM, periodInMinutes: 360 });
  });

  it('replaces the alarm when the interval changes', async () => {
    await syncSchedule(6);
    await syncSchedule(12);
    const alarms = await browser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.periodInMinutes).toBe(720);
  });

  it('leaves a matching alarm alone so its timing is kept', async () => {
    await syncSchedule(6);
    const before = (await browser.alarms.get(SCAN_ALARM))?.scheduledTime;
    await new Promise((r) => setTimeout(r, 5));
    await syncSchedule(6);
    expect((await browser.alarms.get(SCAN_ALARM))?.scheduledTime).toBe(before);
  });
});
