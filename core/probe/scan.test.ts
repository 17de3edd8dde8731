import { describe, expect, it } from 'vitest';
import { scanTargets } from './scan';
import { fakeResult } from '../../tests/fixtures/results';

describe('scanTargets', () => {
  it('never probes more than the limit at once and keeps target order', async () => {
    let active = 0;
    let peak = 0;
    const probe = async (target: string) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      return fakeResult(target);
    };
    const targets = Array.from({ length: 30 }, (_, i) => `http://127.0.0.1:${3000 + i}/`);
    const results = await scanTargets(targets, { concurrency: 3, probe });
    expect(peak).toBe(3);
    expect(results.map((r) => r.target)).toEqual(targets);
  });

  it('probes each target once even when listed twice', async () => {
    const seen: string[] = [];
    await scanTargets(['http://localhost/', 'http://localhost/'], {
      probe: async (t) => {
        seen.push(t);
        return fakeResult(t);
      },
    });
    expect(seen).toEqual(['http://localhost/']);
  });

  it('does not let a hung target hold up the others', async () => {
    const finished: string[] = [];
    const probe = async (target: string) => {
      await new Promise((r) => setTimeout(r, target.includes('hung') ? 200 : 5));
      finished.push(target);
      return fakeResult(target);
    };
    await scanTargets(['http://hung/', 'http://a/', 'http://b/', 'http://c/'], { concurrency: 2, probe });
    expect(finished.at(-1)).toBe('http://hung/');
  });
});
