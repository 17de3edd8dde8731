import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOr } from '../../tests/fuzz/hostile';
import { DEFAULT_HEARTBEAT_HOURS, fleetConfig } from './config';
import { readSentState } from './events';

describe('fleetConfig', () => {
  it('is off unless IT sets an endpoint', () => {
    expect(fleetConfig({})).toBeUndefined();
    expect(fleetConfig({ ReportFormat: 'splunk-hec', DeviceLabel: 'PC-1' })).toBeUndefined();
  });

  it('defaults to OCSF, a daily heartbeat and a 30-minute spread', () => {
    expect(fleetConfig({ ReportEndpoint: 'https://siem.example.edu/in' })).toEqual({
      endpoint: 'https://siem.example.edu/in',
      format: 'ocsf',
      heartbeatHours: DEFAULT_HEARTBEAT_HOURS,
      spreadMinutes: 30,
    });
    expect(fleetConfig({ ReportEndpoint: 'https://siem.example.edu/in', LoadSpreadMinutes: 0 })?.spreadMinutes).toBe(0);
  });
});

describe('readSentState', () => {
  const valid = { 'http://127.0.0.1/': { verdict: 'exposed', rule: 'r', banner: 'Microsoft-IIS/5.0', mapping: 'present' } };
  it('reads its own value back, and forgets what it did not write', () => {
    const written = { 'http://127.0.0.1/': { ...valid['http://127.0.0.1/'], open: true } };
    expect(readSentState(written)).toEqual(written);
    // Written before `open` was kept: open exactly when the verdict needed action.
    expect(readSentState(valid)).toEqual(written);
    expect(readSentState({ __proto__: valid['http://127.0.0.1/'], toString: valid['http://127.0.0.1/'] })).toEqual({});
    expect(readSentState({ 'http://127.0.0.1/': { ...valid['http://127.0.0.1/'], verdict: 'pwned' } })).toEqual({});
  });

  it('fuzz: never throws, and keeps only http(s) targets with known verdicts', () => {
    fc.assert(
      fc.property(anyOr(valid), (raw) => {
        const state = readSentState(raw);
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
        for (const target of Object.keys(state)) expect(target).toMatch(/^https?:\/\//);
      }),
    );
  });
});
