import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidence, T, type EvidenceKind } from '../../tests/fixtures/evidence';
import { applyAction, type ChecklistAction } from './actions';
import { reconcile } from './attestation';
import { readChecklists } from './stored';
import { STEP_IDS, type ChecklistProgress } from './types';

/**
 * One schema for checklists: every progress the one writer can produce (a person's actions and each scan's
 * reconcile, on any evidence) reads back from storage the same, with no problem reported.
 */
const KINDS = Object.keys(evidence) as EvidenceKind[];
const action: fc.Arbitrary<ChecklistAction> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    question: fc.constantFrom('infection' as const, 'need-iis' as const),
    value: fc.boolean(),
  }),
  fc.constant({ kind: 'reset-answers' as const }),
  fc.record({
    kind: fc.constant('set-status' as const),
    step: fc.constantFrom(...STEP_IDS),
    status: fc.constantFrom('todo' as const, 'done' as const, 'skipped' as const),
  }),
  fc.record({ kind: fc.constant('confirm' as const), step: fc.constantFrom(...STEP_IDS) }),
  fc.constant({ kind: 'attest' as const }),
);
const step = fc.oneof(fc.record({ act: action, kind: fc.constantFrom(...KINDS) }), fc.record({ scan: fc.constantFrom(...KINDS) }));

describe('checklists: what the writer stores reads back', () => {
  it('any run of actions and reconciles, on any evidence, reads back the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.array(step, { maxLength: 12 }), (start, steps) => {
        let progress: ChecklistProgress | undefined;
        let at = 1_700_000_000_000;
        for (const s of steps) {
          at += 1000;
          if ('act' in s) {
            const result = applyAction(progress, s.act, evidence[s.kind](at), at);
            if (result.ok) progress = result.progress;
          } else if (progress) {
            progress = reconcile(progress, evidence[s.scan](at), at);
          }
        }
        if (!progress) {
          const first = applyAction(undefined, { kind: 'reset-answers' }, evidence[start](at), at);
          if (!first.ok) return;
          progress = first.progress;
        }
        const stored = { [T]: progress };
        expect(readChecklists(JSON.parse(JSON.stringify(stored)))).toEqual({ checklists: stored, problems: [] });
      }),
      { numRuns: 150 },
    );
  });
});
