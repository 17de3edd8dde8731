import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probeTarget } from '../probe/probe';
import { readScanReport } from './stored-report';
import type { ScanReport } from '../verdict/evidence';

/**
 * One schema for lastScan: whatever the probe can write from any server answer reads back to the same finding.
 * The writer cuts to EVIDENCE_LIMITS and the reader accepts exactly those, so a long or odd `Server` header can
 * never turn a checked server into "Not checked yet" (issue 17).
 */

// Header values a server can send and fetch passes on: visible Latin-1, spaces and tabs, of any length.
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.integer({ min: 200, max: 9000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('Microsoft-IIS/5.0', 'Microsoft-IIS/4.0', 'Apache/2.4', 'Microsoft-HTTPAPI/2.0', ' ', ''),
);

const answer = fc.record({
  status: fc.integer({ min: 200, max: 599 }),
  server: fc.option(headerValue, { nil: undefined }),
  body: fc.oneof(fc.string({ maxLength: 2000 }), fc.constantFrom('The page cannot be found', 'HACKED BY CHINESE!')),
});

const roundTrip = (report: ScanReport) => readScanReport(JSON.parse(JSON.stringify(report)));

describe('lastScan: what the probe writes reads back', () => {
  it('any answers to GET / and GET /NULL.ida read back as the same finding', async () => {
    await fc.assert(
      fc.asyncProperty(answer, answer, async (root, ida) => {
        let t = 1_700_000_000_000;
        const result = await probeTarget('http://127.0.0.1:8080/', {
          now: () => (t += 7),
          fetch: async (input) => {
            const a = String(input).endsWith('/NULL.ida') ? ida : root;
            return new Response(a.body, { status: a.status, headers: a.server === undefined ? {} : { server: a.server } });
          },
        });
        const report: ScanReport = { startedAt: 1, finishedAt: t, trigger: 'user', results: [result] };
        expect(roundTrip(report)).toEqual(report);
      }),
      { numRuns: 60 },
    );
  });

  it('a probe that failed, was blocked or timed out reads back too', async () => {
    for (const allowed of [true, false]) {
      const result = await probeTarget('http://127.0.0.1:1/', {
        allowed: async () => allowed,
        fetch: async () => {
          throw new TypeError(`Failed to fetch ${'because '.repeat(500)}`);
        },
      });
      const report: ScanReport = { startedAt: 1, finishedAt: 2, trigger: 'user', results: [result] };
      expect(roundTrip(report)).toEqual(report);
    }
  });
});
