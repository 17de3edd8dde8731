import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidence, T } from '../../tests/fixtures/evidence';
import { BUNDLED_ADVISORIES } from '../advisories/catalog';
import { attestPatched } from '../checklist/attestation';
import { startProgress } from '../checklist/progress';
import { withStep } from '../checklist/with-step';
import { findingView } from '../finding/finding';
import { findingChanges, milestones, readSentState, snapshot, type FleetEvent, type SentState } from './events';

let n = 0;
const newId = () => `e${++n}`;
const snap = (kind: keyof typeof evidence, at = 10, progress = undefined as Parameters<typeof findingView>[1]) =>
  snapshot(findingView(evidence[kind](at), progress), BUNDLED_ADVISORIES);
const activities = (events: FleetEvent[]) => events.map((e) => (e.kind === 'finding' ? `${e.activity}:${e.finding.verdict}` : e.kind));

describe('findingChanges: only what changed since IT last heard', () => {
  it('a finding appears, changes, is resolved', () => {
    let sent: SentState = {};
    let step = findingChanges(sent, [snap('iisMapped')], 1, newId);
    expect(activities(step.events)).toEqual(['create:exposed']);
    sent = step.sent;
    expect(findingChanges(sent, [snap('iisMapped', 20)], 2, newId).events).toEqual([]);
    step = findingChanges(sent, [snap('defaced')], 3, newId);
    expect(activities(step.events)).toEqual(['update:infected']);
    step = findingChanges(step.sent, [snap('refused')], 4, newId);
    expect(activities(step.events)).toEqual(['close:unreachable']);
    expect(findingChanges(step.sent, [snap('refused')], 5, newId).events).toEqual([]);
  });

  it('a reported patch on unchanged evidence resolves the finding, as the badge shows it', () => {
    const exposed = evidence.iisMapped(10);
    const { sent } = findingChanges({}, [snap('iisMapped')], 1, newId);
    const patched = snapshot(findingView(exposed, attestPatched(startProgress(T, 1), exposed, 2)), BUNDLED_ADVISORIES);
    expect(patched.verdict).toBe('mitigated');
    expect(activities(findingChanges(sent, [patched], 3, newId).events)).toEqual(['close:mitigated']);
  });

  it('a target no longer checked closes its open finding; a quiet one is simply forgotten', () => {
    const { sent } = findingChanges({}, [snap('iisMapped'), { ...snap('apache'), target: 'http://localhost/' }], 1, newId);
    const gone = findingChanges(sent, [], 2, newId);
    expect(activities(gone.events)).toEqual(['close:exposed']);
    expect(gone.sent).toEqual({});
  });

  it('ids are unique and every event carries no body', () => {
    const { events } = findingChanges({}, [snap('iisMapped'), { ...snap('defaced'), target: 'http://localhost/' }], 1, newId);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(JSON.stringify(events)).not.toContain('bodySnippet');
  });

  it('an open finding that could then not be checked is updated as not checked, never closed, and stays open', () => {
    const first = findingChanges({}, [snap('iisMapped')], 1, newId);
    const blocked = findingChanges(first.sent, [snap('blocked')], 2, newId);
    expect(blocked.events).toEqual([expect.objectContaining({ activity: 'update', previous: 'exposed' })]);
    expect((blocked.events[0] as Extract<FleetEvent, { kind: 'finding' }>).finding.verdict).toBe('not-checked');
    expect(blocked.sent[snap('blocked').target]?.open).toBe(true);
    // Checked again and still exposed: an update of the same open finding, not a second Create.
    const back = findingChanges(readSentState(JSON.parse(JSON.stringify(blocked.sent))), [snap('iisMapped', 3)], 3, newId);
    expect(back.events.map((e) => (e.kind === 'finding' ? e.activity : e.kind))).toEqual(['update']);
    // Checked again and fixed: now, and only now, it closes.
    const fixed = findingChanges(blocked.sent, [snap('refused', 3)], 3, newId);
    expect(fixed.events.map((e) => (e.kind === 'finding' ? e.activity : e.kind))).toEqual(['close']);
  });

  it('a target never open that cannot be checked opens nothing', () => {
    expect(findingChanges({}, [snap('blocked')], 1, newId).events).toEqual([]);
  });

  it('reads a sent state written before `open` was kept: open exactly when the verdict needed action', () => {
    const old = {
      [T]: { verdict: 'exposed', rule: 'r', banner: null, mapping: 'present' },
      'http://localhost/': { verdict: 'unknown', rule: 'r', banner: null, mapping: 'absent' },
    };
    const read = readSentState(old);
    expect(read[T]?.open).toBe(true);
    expect(read['http://localhost/']?.open).toBe(false);
  });
});

describe('milestones', () => {
  const f = snap('iisMapped');
  it('a step done or skipped, the patch reported, the report sent; nothing for an unchanged walk', () => {
    const start = startProgress(T, 1);
    const attested = attestPatched(start, evidence.iisMapped(1), 2);
    expect(milestones(start, attested, f, 3, newId).map((e) => e.kind === 'milestone' && e.milestone)).toEqual(['patch-reported']);
    const done = withStep(withStep(attested, 'subscribe', { status: 'done', at: 4 }), 'update-antivirus', { status: 'skipped', at: 4 });
    expect(milestones(attested, done, f, 5, newId).map((e) => e.kind === 'milestone' && `${e.milestone}:${e.step}`)).toEqual([
      'step-done:subscribe',
      'step-skipped:update-antivirus',
    ]);
    const sent = withStep(done, 'report', { status: 'done', at: 6 });
    expect(milestones(done, sent, f, 7, newId).map((e) => e.kind === 'milestone' && e.milestone)).toEqual(['report-sent']);
    expect(milestones(sent, sent, f, 8, newId)).toEqual([]);
    expect(milestones(sent, withStep(sent, 'subscribe', { status: 'todo', at: 9 }), f, 9, newId)).toEqual([]);
  });
});

describe('sent state: what findingChanges writes reads back', () => {
  it('for any run of findings over targets, the state IT will know reads back the same', () => {
    const KINDS = Object.keys(evidence) as (keyof typeof evidence)[];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...KINDS), { maxLength: 3 }), { maxLength: 6 }), (scans) => {
        let sent: SentState = {};
        for (const [i, kinds] of scans.entries()) {
          const snaps = kinds.map((k, j) => ({ ...snap(k, 10 + i), target: `http://127.0.0.${j + 1}/` }));
          sent = findingChanges(sent, snaps, 10 + i, newId).sent;
          expect(readSentState(JSON.parse(JSON.stringify(sent)))).toEqual(sent);
        }
      }),
    );
  });
});
