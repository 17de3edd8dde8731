import { describe, expect, it } from 'vitest';
import { attestPatched } from '../checklist/attestation';
import { startProgress } from '../checklist/progress';
import { currentVerdict, findingHead, findingHeads, probeState, wasBlocked } from './current';
import { findingView } from './finding';
import { badgeFor } from './badge';
import type { ChecklistProgress, StepId } from '../checklist/types';
import { withStep } from '../checklist/with-step';
import { SEED_ORGANIZATION } from '../policy/organization';
import { buildSecurityReport } from '../report/report';
import { fakeReport } from '../../tests/fixtures/results';
import { evidence, type EvidenceKind } from '../../tests/fixtures/evidence';
import { VERDICTS } from '../verdict/verdict';
import { fakeResult } from '../../tests/fixtures/results';

const T = 'http://127.0.0.1:8080/';

describe('the finding as every view reads it', () => {
  it.each(VERDICTS)('%s offers the guided fix unless nothing to fix or nothing known, and always once a walk started', (verdict) => {
    const f = fakeResult(T, verdict);
    expect(findingHead(f, undefined).fix !== undefined).toBe(!['not-affected', 'unreachable', 'not-checked'].includes(verdict));
    expect(findingHead(f, startProgress(T, 1)).fix).toEqual({ started: true, done: 0, total: 0 });
  });

  it.each(VERDICTS)('%s has one tone, and needs action exactly when it is something to fix', (verdict) => {
    const head = findingHead(fakeResult(T, verdict), undefined);
    expect(head.verdict).toBe(verdict);
    expect(head.needsAction).toBe(['infected', 'exposed', 'possibly-vulnerable'].includes(verdict));
    expect(head.tone).toBe(head.needsAction ? 'bad' : ['unknown', 'not-checked'].includes(verdict) ? 'warn' : 'good');
  });

  it('a probe that was blocked or never sent reads "could not check", whatever an older version stored for it', () => {
    // Versions before the not-checked verdict stored a blocked probe as unreachable (a green OK): never again.
    const oldBlocked = fakeResult(T, 'unreachable', { requests: [{ path: '/', url: T, error: 'blocked', startedAt: 0, durationMs: 0 }] });
    const neverSent = fakeResult(T, 'unreachable', { requests: [] });
    for (const f of [oldBlocked, neverSent]) {
      const head = findingHead(f, undefined);
      expect(head).toMatchObject({ verdict: 'not-checked', tone: 'warn', needsAction: false });
      expect(head.fix).toBeUndefined();
      expect(badgeFor([head]).text).toBe('?');
    }
    expect(probeState(neverSent)).toBe('never-probed');
  });

  it('findingHeads gives each finding of a report with its own walk', () => {
    const exposed = fakeResult(T, 'exposed', { banner: 'Microsoft-IIS/5.0', mapping: 'present' });
    const heads = findingHeads(fakeReport([exposed, fakeResult('http://localhost/')]), {
      [T]: attestPatched(startProgress(T, 1), exposed, 2),
    });
    expect(heads.map((h) => h.verdict)).toEqual(['mitigated', 'unreachable']);
  });

  it('a reported patch on unchanged evidence counts as mitigated; infection never lowers', () => {
    const exposed = fakeResult(T, 'exposed', { banner: 'Microsoft-IIS/5.0', mapping: 'present' });
    const p = attestPatched(startProgress(T, 1), exposed, 2);
    expect(currentVerdict(exposed, p)).toBe('mitigated');
    expect(currentVerdict({ ...exposed, banner: 'Microsoft-IIS/4.0' }, p)).toBe('exposed');
    expect(currentVerdict({ ...exposed, verdict: 'infected' }, p)).toBe('infected');
  });

  it('knows a blocked probe from the evidence, not from a rule id', () => {
    expect(wasBlocked({ requests: [{ path: '/', url: T, error: 'blocked', startedAt: 0, durationMs: 0 }] })).toBe(true);
    expect(wasBlocked({ requests: [{ path: '/', url: T, error: 'refused', startedAt: 0, durationMs: 0 }] })).toBe(false);
  });
});

/**
 * The table the issue asks for: evidence verdict × attestation × each verified step × how the evidence changed
 * afterwards. Each row is checked against plain rules, stated here once, and against what the badge and the report say.
 */
describe('findingView: verdict × attestation × verified step × later evidence', () => {
  type Attest = 'none' | 'on-this-evidence' | 'on-other-evidence';
  type Confirmed = 'none' | 'turn-off-iis' | 'remove-mappings';
  const KINDS = Object.keys(evidence) as EvidenceKind[];
  const rows: [EvidenceKind, Attest, Confirmed, 'before' | 'after'][] = [];
  for (const kind of KINDS)
    for (const attest of ['none', 'on-this-evidence', 'on-other-evidence'] as const)
      for (const step of ['none', 'turn-off-iis', 'remove-mappings'] as const)
        for (const when of ['before', 'after'] as const) rows.push([kind, attest, step, when]);

  // Which later evidence still shows each verified step (a refused connection for "off"; a plain 404 or UrlScan for the mapping).
  const SHOWS: Record<Exclude<Confirmed, 'none'>, readonly EvidenceKind[]> = {
    'turn-off-iis': ['refused', 'apache'],
    'remove-mappings': ['iisUnmapped'],
  };

  it.each(rows)('%s, attestation %s, %s confirmed, latest check %s the confirmation', (kind, attest, confirmed, when) => {
    const latest = evidence[kind](when === 'after' ? 20 : 5);
    let progress: ChecklistProgress | undefined;
    if (attest !== 'none' || confirmed !== 'none') {
      progress = startProgress(T, 1, evidence.iisMapped(1));
      if (attest !== 'none')
        progress = attestPatched(
          progress,
          attest === 'on-this-evidence' ? latest : evidence[kind === 'iis4Mapped' ? 'iisMapped' : 'iis4Mapped'](1),
          2,
        );
      if (confirmed !== 'none')
        progress = withStep(progress, confirmed, { status: 'done', at: 10, note: { code: 'note_iis_off_confirmed' } });
    }
    const model = findingView(latest, progress);

    // The verdict: a patch report on this very evidence lowers exposed or possibly vulnerable to mitigated, nothing else.
    const lowered = attest === 'on-this-evidence' && (latest.verdict === 'exposed' || latest.verdict === 'possibly-vulnerable');
    expect(model.verdict).toBe(lowered ? 'mitigated' : kind === 'blocked' ? 'not-checked' : latest.verdict);
    expect(model.patchedAt !== undefined).toBe(attest === 'on-this-evidence');
    // The card's words rest on the report exactly when the report changed the verdict.
    expect(model.basis).toBe(lowered ? 'patch-reported' : 'evidence');
    // A verified step is done while no newer check contradicts it.
    if (confirmed !== 'none') {
      const done = when === 'before' || SHOWS[confirmed].includes(kind);
      expect(model.steps[confirmed]?.status).toBe(done ? 'done' : 'todo');
      expect(model.steps[confirmed]?.reopened).toBe(done ? undefined : true);
    }
    expect(model.probe).toBe(kind === 'blocked' ? 'blocked' : 'probed');
    expect(model.product?.family).toBe(latest.banner?.startsWith('Microsoft-IIS') ? 'iis' : undefined);
    expect(model.fix !== undefined).toBe(progress !== undefined || !['not-affected', 'unreachable', 'not-checked'].includes(model.verdict));
    if (model.fix) expect(model.fix.done).toBe(model.checklist?.done ?? 0);

    // The badge and the report say the same as the model.
    const checklists: Record<string, ChecklistProgress> = progress ? { [T]: progress } : {};
    const report = fakeReport([latest]);
    expect(badgeFor(findingHeads(report, checklists)).text).toBe(badgeFor([{ verdict: model.verdict }]).text);
    const json = JSON.parse(buildSecurityReport({ org: SEED_ORGANIZATION, scan: report, checklists, now: 30, version: '0' }).json) as {
      findings: { verdict: string; checklist?: { steps: { id: string; status: string }[] } }[];
    };
    expect(json.findings[0]?.verdict).toBe(model.verdict);
    for (const s of json.findings[0]?.checklist?.steps ?? []) expect(s.status).toBe(model.steps[s.id as StepId]?.status ?? 'todo');
  });

  it('a finding with no request sent was never probed', () => {
    expect(probeState(fakeResult(T, 'unknown', { requests: [] }))).toBe('never-probed');
  });
});
