import { describe, expect, it } from 'vitest';
import { probeTarget } from './probe';
import { reasonWords } from '../../tests/fixtures/results';

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
    // Never "nothing answered" (a green OK): nothing was sent, so nothing is known.
    expect(result.verdict).toBe('not-checked');
    expect(result.rule).toBe('no-answer-blocked');
    expect(reasonWords(result.reasons)).toMatch(/not been allowed/);
  });
});

describe('a target whose host pattern the browser rejects', () => {
  it('is blocked on its own, and the other targets are still checked', async () => {
    const { scanTargets } = await import('./scan');
    const sent: string[] = [];
    const results = await scanTargets(['http://bad.example/', 'http://127.0.0.1:1/'], {
      allowed: async (target) => {
        if (target.includes('bad')) throw new Error("Invalid url pattern 'http://bad.example/*'");
        return true;
      },
      fetch: async (input) => {
        sent.push(String(input));
        return new Response('', { status: 404, headers: { server: 'nginx' } });
      },
    });
    expect(results.map((r) => r.rule)).toEqual(['no-answer-blocked', 'banner+nginx']);
    expect(results[0]?.requests[0]?.errorDetail).toMatch(/Invalid url pattern/);
    expect(sent).toEqual(['http://127.0.0.1:1/', 'http://127.0.0.1:1/NULL.ida']);
  });
});
