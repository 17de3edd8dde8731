import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseServerBanner } from './banner';
import { matchBannerRules } from './banner-rules';
import { classify } from './classify';
import type { RequestEvidence } from './evidence';
import { VERDICTS } from './verdict';
import { hostileLeaf } from '../../tests/fuzz/hostile';

const banner = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.constantFrom('Microsoft-IIS/5.0', 'Apache/2.4', '(', ')', '\\', ' ', ',', '/', 'Microsoft-HTTPAPI/2.0', 'x'), {
      maxLength: 30,
    })
    .map((p) => p.join('')),
);

const request = (path: '/' | '/NULL.ida') =>
  fc.record(
    {
      path: fc.constant(path),
      url: fc.constant(`http://127.0.0.1${path}`),
      status: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.constant(undefined)),
      server: fc.oneof(banner, fc.constant(null), fc.constant(undefined)),
      bodySnippet: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constant('<HTML>The IDQ file NULL.ida could not be found.</HTML>'),
      ),
      error: fc.constantFrom(undefined, 'refused', 'timeout', 'tls', 'network', 'aborted', 'blocked'),
      startedAt: fc.nat(),
      durationMs: fc.nat(),
    },
    { requiredKeys: ['path', 'url', 'startedAt', 'durationMs'] },
  ) as fc.Arbitrary<RequestEvidence>;

describe('fuzz: banner parsing and classification', () => {
  it('parseServerBanner never throws and answers in its three kinds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          banner,
          hostileLeaf.filter((v) => typeof v === 'string'),
        ),
        (raw) => {
          const parsed = parseServerBanner(raw as string);
          expect(['absent', 'garbled', 'parsed']).toContain(parsed.kind);
          if (parsed.kind === 'parsed') matchBannerRules(parsed.products);
        },
      ),
    );
  });

  it('classify never throws and gives a verdict from the vocabulary', () => {
    fc.assert(
      fc.property(fc.tuple(request('/'), request('/NULL.ida')), fc.boolean(), ([root, ida], both) => {
        const result = classify(both ? [root, ida] : [root]);
        expect(VERDICTS).toContain(result.verdict);
        expect(['present', 'urlscan', 'absent', 'undecided', 'not-checked']).toContain(result.mapping);
      }),
    );
  });
});
