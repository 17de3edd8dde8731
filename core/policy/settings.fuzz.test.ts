import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TARGETS, checkSettings, parseInterval } from './settings';
import { parseTarget } from '../probe/targets';
import { anyOr } from '../../tests/fuzz/hostile';

const valid = { targets: ['http://localhost/', 'http://127.0.0.1:8080/'], scanIntervalHours: 6, notifications: true };

describe('fuzz: stored settings and typed input', () => {
  it('checkSettings never throws, and keeps at most the target limit and a few notices', () => {
    fc.assert(
      fc.property(anyOr(valid), (raw) => {
        const { settings, problems } = checkSettings(raw);
        expect(settings.targets.length).toBeGreaterThan(0);
        expect(settings.targets.length).toBeLessThanOrEqual(MAX_TARGETS);
        expect(problems.length).toBeLessThanOrEqual(8);
        for (const target of settings.targets) expect(parseTarget(target)).toEqual({ ok: true, target });
      }),
    );
  });

  it('parseTarget never throws, and what it accepts is a canonical loopback origin', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.webUrl(),
          fc.constantFrom('localhost:8080', '127.1', '[::1]:81', 'http://*/'),
        ),
        (text) => {
          const parsed = parseTarget(text);
          if (parsed.ok) {
            expect(parsed.target).toMatch(/^https?:\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?\/$/);
            expect(parseTarget(parsed.target)).toEqual(parsed);
          } else expect(parsed.error.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('parseInterval never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double()), (input) => void parseInterval(input)));
  });

  it('regression: 20,000 junk targets give a few notices, quickly', () => {
    const { settings, problems } = checkSettings({ targets: Array.from({ length: 20_000 }, (_, i) => `junk ${i}`) });
    expect(settings.targets).toEqual(['http://localhost/', 'http://127.0.0.1/']);
    expect(problems.length).toBeLessThanOrEqual(5);
    expect(problems.join(' ')).toMatch(/19997 more/);
  });
});
