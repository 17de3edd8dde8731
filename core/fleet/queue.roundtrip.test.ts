import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidence, type EvidenceKind } from '../../tests/fixtures/evidence';
import type { AdvisoryRef } from '../advisories/types';
import { findingView } from '../finding/finding';
import { findingChanges, milestones, snapshot, type FleetEvent } from './events';
import { EMPTY_QUEUE, enqueue, readQueue } from './queue';
import { startProgress } from '../checklist/progress';
import { attestPatched } from '../checklist/attestation';

/**
 * One schema for the fleet queue: every event the writer can make from any finding and any advisories (the feed can
 * bring advisories with hundreds of CVEs or long titles) reads back from storage the same, and is never counted as
 * lost. Before, a finding matching an advisory with 51 CVEs was sent as "1 event(s) were dropped" (issue 17).
 */
const text = (max: number) => fc.string({ maxLength: max });
const advisory: fc.Arbitrary<AdvisoryRef> = fc.record({
  id: fc.oneof(
    text(20),
    fc.integer({ min: 190, max: 260 }).map((n) => 'A'.repeat(n)),
  ),
  title: fc.oneof(
    text(80),
    fc.integer({ min: 900, max: 3000 }).map((n) => `Code Red ${'t'.repeat(n)}`),
  ),
  cves: fc.array(
    fc.oneof(
      text(20),
      fc.integer({ min: 2000, max: 2100 }).map((n) => 'C'.repeat(n)),
    ),
    { maxLength: 120 },
  ),
  affected: fc.constant([{ productId: 'iis5', name: 'Microsoft Internet Information Services', version: '5.0' }]),
  references: fc.array(
    fc.record({ url: fc.webUrl(), status: fc.constantFrom('live' as const, 'archived' as const, 'historic' as const) }),
    { maxLength: 80 },
  ),
});

const KINDS = Object.keys(evidence) as EvidenceKind[];

describe('fleet queue: what the writer queues reads back', () => {
  it('finding, milestone and heartbeat events from any finding and advisories read back the same', () => {
    let n = 0;
    const newId = () => `id-${++n}`;
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.array(advisory, { maxLength: 70 }), fc.boolean(), (kind, catalog, attested) => {
        const found = evidence[kind](1_700_000_000_000);
        const progress = attested ? attestPatched(startProgress(found.target, 1), found, 2) : undefined;
        const snap = snapshot(findingView(found, progress), catalog);
        const events: FleetEvent[] = [
          ...findingChanges({}, [snap], 1_700_000_000_001, newId).events,
          ...(progress ? milestones(undefined, progress, snap, 1_700_000_000_002, newId) : []),
          { kind: 'heartbeat', id: newId(), time: 1_700_000_000_003, findings: [snap] },
        ];
        const queue = enqueue(EMPTY_QUEUE, events);
        const read = readQueue(JSON.parse(JSON.stringify(queue)));
        expect(read.lost).toBe(0);
        expect(read).toEqual(queue);
      }),
      { numRuns: 60 },
    );
  });
});
