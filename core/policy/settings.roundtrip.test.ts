import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTarget, checkSettings, DEFAULT_SETTINGS, parseInterval, removeTarget, type Settings } from './settings';

/**
 * One schema for settings: whatever the settings page can save (addresses added and removed through addTarget and
 * removeTarget, an interval through parseInterval, notifications on or off) reads back the same, with no problem.
 */
const edit = fc.oneof(
  fc.record({
    add: fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer({ min: 1, max: 65535 }).map((p) => `127.0.0.1:${p}`),
      fc.constantFrom('localhost:8080', 'http://[::1]:81/', 'https://127.0.0.1/'),
    ),
  }),
  fc.record({ remove: fc.nat(60) }),
  fc.record({ interval: fc.oneof(fc.string({ maxLength: 5 }), fc.integer({ min: -5, max: 300 }).map(String)) }),
  fc.record({ notifications: fc.boolean() }),
);

describe('settings: what the settings page saves reads back', () => {
  it('any edits read back the same', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        let settings: Settings = structuredClone(DEFAULT_SETTINGS);
        for (const e of edits) {
          if ('add' in e) {
            const r = addTarget(settings.targets, e.add);
            if (r.ok) settings = { ...settings, targets: r.targets };
          } else if ('remove' in e) {
            const target = settings.targets[e.remove % settings.targets.length] ?? '';
            const r = removeTarget(settings.targets, target);
            if (r.ok) settings = { ...settings, targets: r.targets };
          } else if ('interval' in e) {
            const r = parseInterval(e.interval);
            if (r.ok) settings = { ...settings, scanIntervalHours: r.hours };
          } else settings = { ...settings, notifications: e.notifications };
        }
        expect(checkSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ settings, problems: [] });
      }),
      { numRuns: 200 },
    );
  });
});
