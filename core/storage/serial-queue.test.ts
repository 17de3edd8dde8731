import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createSerialQueue', () => {
  it('runs one job at a time, in order, even when the first is slower', async () => {
    const serial = createSerialQueue();
    const log: string[] = [];
    const job = (name: string, ticks: number) => async () => {
      log.push(`${name} start`);
      for (let i = 0; i < ticks; i++) await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([serial(job('a', 3)), serial(job('b', 0)), serial(job('c', 1))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('keeps going after a job fails, and gives the failure to its caller only', async () => {
    const serial = createSerialQueue();
    const failed = serial(() => Promise.reject(new Error('disk full')));
    const next = serial(() => Promise.resolve('saved'));
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('saved');
  });
});
