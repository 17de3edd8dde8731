import { describe, expect, it } from 'vitest';
import type { ScanTrigger } from '../verdict/evidence';
import { covers, coverageOf, createScanQueue, union } from './scan-queue';

/** A queue whose scans finish only when the test says so, recording what each was asked to cover. */
function harness() {
  const runs: { targets: readonly string[] | undefined; finish: () => void; fail: (e: Error) => void }[] = [];
  const queue = createScanQueue((_trigger: ScanTrigger, targets) => {
    return new Promise<string>((resolve, reject) => {
      const index = runs.length;
      runs.push({ targets, finish: () => resolve(`run ${index}`), fail: reject });
    });
  });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { runs, queue, tick };
}

const A = 'http://localhost/';
const B = 'http://127.0.0.1/';
const C = 'http://127.0.0.1:8080/';

describe('coverage', () => {
  it.each([
    [undefined, [A], true],
    [[A, B], [A], true],
    [[A], [A, B], false],
    [[A], undefined, false],
    [undefined, undefined, true],
  ] as const)('%j covers %j: %s', (outer, inner, expected) => {
    expect(covers(coverageOf(outer), coverageOf(inner))).toBe(expected);
  });

  it('the union of named targets and all is all', () => {
    expect(union(coverageOf([A]), coverageOf())).toEqual({ all: true });
    expect(union(coverageOf([A]), coverageOf([B]))).toEqual({ all: false, targets: new Set([A, B]) });
  });
});

describe('createScanQueue: interleaved requests', () => {
  // [what runs first, what arrives during it (targets, fresh), what the second scan must cover, shares the first?]
  const table: [string, readonly string[] | undefined, readonly string[] | undefined, boolean, readonly string[] | undefined, boolean][] = [
    ['full scan, then one target: shares it', undefined, [A], false, undefined, true],
    ['one target, then a full scan: queued, covers all', [A], undefined, false, undefined, false],
    ['one target, then another: queued for the other', [A], [B], false, [B], false],
    ['one target, then the same: shares it', [A], [A], false, undefined, true],
    ['full scan, then a fresh full scan: queued', undefined, undefined, true, undefined, false],
    ['one target, then a fresh check of it: queued', [A], [A], true, [A], false],
  ];

  it.each(table)('%s', async (_name, first, during, fresh, secondCovers, shares) => {
    const { runs, queue, tick } = harness();
    const one = queue.request('user', first);
    const two = queue.request('schedule', during, fresh);
    await tick();
    expect(runs.map((r) => r.targets)).toEqual([first]);
    runs[0]?.finish();
    expect(await one).toBe('run 0');
    await tick();
    if (shares) {
      expect(await two).toBe('run 0');
      expect(runs).toHaveLength(1);
    } else {
      expect(runs.map((r) => r.targets)).toEqual([first, secondCovers]);
      runs[1]?.finish();
      expect(await two).toBe('run 1');
    }
  });

  it('merges everything queued during one scan into one next scan that covers the union', async () => {
    const { runs, queue, tick } = harness();
    const first = queue.request('user', [A]);
    const b = queue.request('user', [B]);
    const c = queue.request('settings', [C], true);
    await tick();
    runs[0]?.finish();
    await first;
    await tick();
    expect(runs).toHaveLength(2);
    expect([...(runs[1]?.targets ?? [])].sort()).toEqual([B, C].sort());
    runs[1]?.finish();
    expect(await b).toBe('run 1');
    expect(await c).toBe('run 1');
  });

  it('a full scan requested during a one-target check makes the next scan cover all', async () => {
    const { runs, queue, tick } = harness();
    void queue.request('user', [A]);
    const b = queue.request('user', [B]);
    const all = queue.request('schedule');
    await tick();
    runs[0]?.finish();
    await tick();
    expect(runs[1]?.targets).toBeUndefined();
    runs[1]?.finish();
    expect(await b).toBe(await all);
  });

  it('a failed scan fails its callers, and the queued one still runs', async () => {
    const { runs, queue, tick } = harness();
    const first = queue.request('user', [A]);
    const second = queue.request('user', [B]);
    await tick();
    runs[0]?.fail(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    await tick();
    runs[1]?.finish();
    expect(await second).toBe('run 1');
  });

  it('runs at once when nothing is running, fresh or not', async () => {
    const { runs, queue } = harness();
    void queue.request('settings', undefined, true);
    expect(runs).toHaveLength(1);
  });
});
