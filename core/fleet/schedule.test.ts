import { describe, expect, it } from 'vitest';
import { EMPTY_QUEUE } from './queue';
import { afterSettingsChange, settingsChangeTiming } from './schedule';

const NOW = 1_800_000_000_000;
const backingOff = { ...EMPTY_QUEUE, failures: 7, notBefore: NOW + 3_600_000 };

describe('the reporter’s timing after new settings', () => {
  it('ends the old backoff and waits the given minutes instead', () => {
    expect(afterSettingsChange(backingOff, NOW, 12.5)).toMatchObject({ failures: 0, notBefore: NOW + 750_000 });
  });

  it('sends at once with no wait, or when a person just allowed access to the collector', () => {
    expect(afterSettingsChange(backingOff, NOW, 0)).toMatchObject({ failures: 0, notBefore: 0 });
    expect(afterSettingsChange(backingOff, NOW, 20, true)).toMatchObject({ failures: 0, notBefore: 0 });
  });

  it('keeps the events', () => {
    const queue = { ...backingOff, events: [{ kind: 'lost' as const, id: 'a', time: NOW, count: 2 }], lost: 3 };
    expect(afterSettingsChange(queue, NOW, 5)).toMatchObject({ events: queue.events, lost: 3 });
  });

  it('with a spread, the first heartbeat comes after the random wait and a minute, and the first delivery a minute later', () => {
    expect(settingsChangeTiming(30, 0)).toEqual({ heartbeatMinutes: 1, deliverMinutes: 2 });
    expect(settingsChangeTiming(30, 0.5)).toEqual({ heartbeatMinutes: 16, deliverMinutes: 17 });
  });

  it('with none, delivers at once and the heartbeat after a minute', () => {
    expect(settingsChangeTiming(0, 0.9)).toEqual({ heartbeatMinutes: 1, deliverMinutes: 0 });
  });
});
