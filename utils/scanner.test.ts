import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScanReport } from '../core/verdict/evidence';
import { fakeResult } from '../tests/fixtures/results';
import type { Verdict } from '../core/verdict/verdict';
import { createScanner } from './scanner';
import { scanStateItem, settingsItem } from './storage';
import { lastScanItem } from './scan-storage';

const result = (target: string, verdict: Verdict = 'unreachable') => fakeResult(target, verdict);

beforeEach(() => {
  fakeBrowser.reset();
});

/** A scanner whose first scan waits until `release()`, so a test can ask for more while it runs; records each scan's targets. */
function gatedScanner() {
  const scanned: string[][] = [];
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const scanner = createScanner({
    scan: async (targets) => {
      scanned.push([...targets]);
      if (scanned.length === 1) await gate;
      return targets.map((t) => result(t));
    },
  });
  return { scanner, scanned, release: () => release() };
}

describe('createScanner', () => {
  it('scans the configured targets and stores the report for the popup', async () => {
    await settingsItem.setValue({ targets: ['http://127.0.0.1:8080/', 'http://localhost/'], scanIntervalHours: 6 });
    const scanned: string[][] = [];
    const reports: ScanReport[] = [];
    const scanner = createScanner({
      scan: async (targets) => {
        scanned.push([...targets]);
        return targets.map((t) => result(t, 'exposed'));
      },
      now: () => 100,
      onReport: (r) => void reports.push(r),
    });
    const report = await scanner.run('install');
    expect(scanned).toEqual([['http://127.0.0.1:8080/', 'http://localhost/']]);
    expect(report).toMatchObject({ startedAt: 100, finishedAt: 100, trigger: 'install' });
    expect(await lastScanItem.getValue()).toEqual(report);
    expect(reports).toEqual([report]);
    expect(await scanStateItem.getValue()).toEqual({ running: false });
  });

  it('uses the default loopback targets when nothing is configured', async () => {
    let seen: readonly string[] = [];
    const scanner = createScanner({ scan: async (t) => ((seen = t), t.map((x) => result(x))) });
    await scanner.run('startup');
    expect(seen).toEqual(['http://localhost/', 'http://127.0.0.1/']);
  });

  it('shares one run between requests that arrive while it runs', async () => {
    let calls = 0;
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const scanner = createScanner({
      scan: async (targets) => {
        calls++;
        await gate;
        return targets.map((t) => result(t));
      },
    });
    const first = scanner.run('user');
    const second = scanner.run('schedule');
    await new Promise((r) => setTimeout(r, 0));
    expect(await scanStateItem.getValue()).toMatchObject({ running: true });
    release();
    expect(await first).toBe(await second);
    expect(calls).toBe(1);
    await scanner.run('user');
    expect(calls).toBe(2);
  });

  it('runs again after the current scan when settings change during it', async () => {
    await settingsItem.setValue({ targets: ['http://localhost/'], scanIntervalHours: 6 });
    const { scanner, scanned, release } = gatedScanner();
    const first = scanner.run('install');
    await new Promise((r) => setTimeout(r, 0));
    await settingsItem.setValue({ targets: ['http://127.0.0.1:8080/'], scanIntervalHours: 6 });
    const fresh = scanner.runFresh('settings');
    const alsoFresh = scanner.runFresh('settings');
    release();
    await first;
    expect(await fresh).toBe(await alsoFresh);
    expect(scanned).toEqual([['http://localhost/'], ['http://127.0.0.1:8080/']]);
    expect((await lastScanItem.getValue())?.results.map((r) => r.target)).toEqual(['http://127.0.0.1:8080/']);
  });

  it('a full scan asked for during a one-target check gets a report that re-checked every target', async () => {
    await settingsItem.setValue({ targets: ['http://localhost/', 'http://127.0.0.1:8080/'], scanIntervalHours: 6 });
    const { scanner, scanned, release } = gatedScanner();
    const one = scanner.run('user', ['http://127.0.0.1:8080/']);
    await new Promise((r) => setTimeout(r, 0));
    const all = scanner.run('schedule');
    release();
    expect((await one).results.map((r) => r.target)).toContain('http://127.0.0.1:8080/');
    const full = await all;
    expect(scanned).toEqual([['http://127.0.0.1:8080/'], ['http://localhost/', 'http://127.0.0.1:8080/']]);
    expect(full.results.map((r) => r.target)).toEqual(['http://localhost/', 'http://127.0.0.1:8080/']);
    expect(full.trigger).toBe('schedule');
  });

  it('runs at once when asked for a fresh scan with none running', async () => {
    let calls = 0;
    const scanner = createScanner({ scan: async (t) => (calls++, t.map((x) => result(x))) });
    await scanner.runFresh('settings');
    expect(calls).toBe(1);
  });

  it('checks one target again and keeps the others from the last report', async () => {
    await settingsItem.setValue({ targets: ['http://localhost/', 'http://127.0.0.1:8080/'], scanIntervalHours: 6 });
    const scanner = createScanner({ scan: async (t) => t.map((x) => result(x, 'unknown')) });
    await scanner.run('user');
    const again = createScanner({ scan: async (t) => t.map((x) => result(x, 'exposed')) });
    const report = await again.run('user', ['http://127.0.0.1:8080/']);
    expect(report.results.map((r) => [r.target, r.verdict])).toEqual([
      ['http://localhost/', 'unknown'],
      ['http://127.0.0.1:8080/', 'exposed'],
    ]);
  });

  it('ignores a request for a target that is not configured', async () => {
    let seen: readonly string[] = ['unset'];
    const scanner = createScanner({ scan: async (t) => ((seen = t), t.map((x) => result(x))) });
    await scanner.run('user', ['http://127.0.0.1:9/']);
    expect(seen).toEqual([]);
  });

  it('clears the running flag even when the scan throws, and keeps the last report', async () => {
    await lastScanItem.setValue({ startedAt: 1, finishedAt: 2, trigger: 'user', results: [result('http://localhost/')] });
    const scanner = createScanner({
      scan: async () => {
        throw new Error('boom');
      },
    });
    await expect(scanner.run('user')).rejects.toThrow('boom');
    expect(await scanStateItem.getValue()).toEqual({ running: false });
    expect((await lastScanItem.getValue())?.results).toHaveLength(1);
  });

  it('drops targets that are no longer configured', async () => {
    await lastScanItem.setValue({ startedAt: 1, finishedAt: 2, trigger: 'user', results: [result('http://127.0.0.1:1234/')] });
    await settingsItem.setValue({ targets: ['http://localhost/'], scanIntervalHours: 6 });
    const scanner = createScanner({ scan: async (t) => t.map((x) => result(x)) });
    const report = await scanner.run('settings', ['http://localhost/']);
    expect(report.results.map((r) => r.target)).toEqual(['http://localhost/']);
  });
});
