import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_TARGETS, addTarget, checkSettings, parseInterval, removeTarget } from './settings';

describe('checkSettings', () => {
  it('gives defaults for nothing stored', () => {
    expect(checkSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(checkSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps good values', () => {
    const stored = { targets: ['http://127.0.0.1:8080/'], scanIntervalHours: 12, notifications: false };
    expect(checkSettings(stored)).toEqual({ settings: stored, problems: [] });
  });

  it.each(['garbage', 42, [1, 2], true])('explains unreadable storage %j and falls back', (raw) => {
    const { settings, problems } = checkSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems[0]).toMatch(/unreadable/);
  });

  it('skips only the bad targets and keeps the rest', () => {
    const { settings, problems } = checkSettings({
      targets: ['http://127.0.0.1:8080/', 'http://example.com/', 7, 'http://127.0.0.1:8080', 'javascript:alert(1)'],
      scanIntervalHours: 3,
    });
    expect(settings).toEqual({ targets: ['http://127.0.0.1:8080/'], scanIntervalHours: 3, notifications: true });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/example\.com is not this computer/);
    expect(problems.join('\n')).toMatch(/7 is not text/);
  });

  it.each([0, -1, 1.5, 1000, '6', Number.NaN, null])('replaces a bad interval %j and says so', (scanIntervalHours) => {
    const { settings, problems } = checkSettings({ targets: ['http://localhost/'], scanIntervalHours });
    expect(settings.targets).toEqual(['http://localhost/']);
    expect(settings.scanIntervalHours).toBe(DEFAULT_SETTINGS.scanIntervalHours);
    expect(problems[0]).toMatch(/schedule/);
  });

  it('falls back to the defaults when no saved address is usable', () => {
    const { settings, problems } = checkSettings({ targets: ['http://example.com/'] });
    expect(settings.targets).toEqual(DEFAULT_SETTINGS.targets);
    expect(problems.at(-1)).toMatch(/default addresses are checked/);
  });

  it('caps a huge list of targets', () => {
    const targets = Array.from({ length: MAX_TARGETS + 10 }, (_, i) => `http://127.0.0.1:${1000 + i}/`);
    const { settings, problems } = checkSettings({ targets });
    expect(settings.targets).toHaveLength(MAX_TARGETS);
    expect(problems.join()).toMatch(/first 50/);
  });
});

describe('parseInterval', () => {
  it.each([
    ['6', 6],
    [' 1 ', 1],
    ['168', 168],
    [24, 24],
  ])('accepts %j', (input, hours) => {
    expect(parseInterval(input)).toEqual({ ok: true, hours });
  });

  it.each(['', '0', '169', '1.5', '-3', 'abc', '1e2', '6 hours'])('refuses %j with the allowed range', (input) => {
    const parsed = parseInterval(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/whole number of hours from 1 to 168/);
  });
});

describe('editing the target list', () => {
  it('adds a valid address in its canonical form', () => {
    expect(addTarget(['http://localhost/'], '127.0.0.1:8080')).toEqual({
      ok: true,
      targets: ['http://localhost/', 'http://127.0.0.1:8080/'],
    });
  });

  it('refuses a duplicate and keeps the list', () => {
    const result = addTarget(['http://127.0.0.1:8080/'], 'http://127.0.0.1:8080');
    expect(result).toEqual({ ok: false, error: 'http://127.0.0.1:8080/ is already in the list.' });
  });

  it('refuses a non-loopback address with its reason', () => {
    const result = addTarget([], 'http://intranet.example/');
    expect(result.ok).toBe(false);
  });

  it('refuses to grow past the limit', () => {
    const full = Array.from({ length: MAX_TARGETS }, (_, i) => `http://127.0.0.1:${2000 + i}/`);
    const result = addTarget(full, 'http://127.0.0.1:9999/');
    expect(result.ok).toBe(false);
  });

  it('removes, but never the last address', () => {
    expect(removeTarget(['http://localhost/', 'http://127.0.0.1/'], 'http://localhost/')).toEqual({
      ok: true,
      targets: ['http://127.0.0.1/'],
    });
    expect(removeTarget(['http://localhost/'], 'http://localhost/').ok).toBe(false);
    expect(removeTarget(['http://localhost/'], 'http://127.0.0.1/').ok).toBe(false);
  });
});
