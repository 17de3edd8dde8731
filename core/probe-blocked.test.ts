import { describe, expect, it } from 'vitest';
import { probeTarget } from './probe';

describe('a target the browser has not allowed', () => {
  it('sends nothing and says why', async () => {
    const calls: string[] = [];
    const result = await probeTarget('http://intranet.example.edu/', {
      allowed: async () => false,
      fetch: async (input) => {
        calls.push(String(input));
        return new Response('');
      },
    });
    expect(calls).toEqual([]);
    expect(result.verdict).toBe('unreachable');
    expect(result.rule).toBe('no-answer-blocked');
    expect(result.reasons[0]).toMatch(/not been allowed/);
  });
});
