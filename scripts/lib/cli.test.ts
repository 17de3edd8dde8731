import { describe, expect, it } from 'vitest';
import { option } from './cli';

describe('option', () => {
  it('gives the value after --name, or undefined', () => {
    const argv = ['node', 'x.ts', '--key', 'k.pem', '--base-url', 'https://a.example/'];
    expect(option('key', argv)).toBe('k.pem');
    expect(option('base-url', argv)).toBe('https://a.example/');
    expect(option('out', argv)).toBeUndefined();
    expect(option('key', ['node', 'x.ts', '--key'])).toBeUndefined();
  });
});
