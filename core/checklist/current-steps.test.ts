import { stepNoteText } from './notes';
import { t } from '../text/i18n';
import { describe, expect, it } from 'vitest';
import { SEED_ORGANIZATION } from '../policy/organization';
import { buildSecurityReport } from '../report/report';
import { answerQuestion, startProgress, summarise } from './progress';
import type { ChecklistProgress, StepId } from './types';
import { confirmStep, currentSteps } from './verify';
import { fakeReport } from '../../tests/fixtures/results';
import { T, evidence, type EvidenceKind } from '../../tests/fixtures/evidence';

const finding = evidence;
type Kind = EvidenceKind;

function confirmed(step: StepId, by: Kind): ChecklistProgress {
  const kind = step === 'turn-off-iis' ? 'iis-off' : 'mapping-absent';
  const change = confirmStep(startProgress(T, 1), step, kind, finding[by](10), 10);
  if (!change.ok) throw new Error(change.reason.code);
  return change.progress;
}

describe('currentSteps: a verified step is done only while the latest evidence shows it', () => {
  // [step, confirmed by, latest evidence, still done?]
  const table: [StepId, Kind, Kind, boolean][] = [
    ['turn-off-iis', 'refused', 'refused', true],
    ['turn-off-iis', 'refused', 'apache', true],
    ['turn-off-iis', 'refused', 'iisMapped', false],
    ['turn-off-iis', 'refused', 'iisUnmapped', false],
    ['turn-off-iis', 'refused', 'hung', false],
    ['turn-off-iis', 'apache', 'iisMapped', false],
    ['remove-mappings', 'iisUnmapped', 'iisUnmapped', true],
    ['remove-mappings', 'iisUnmapped', 'iisMapped', false],
    ['remove-mappings', 'iisUnmapped', 'refused', false],
    ['remove-mappings', 'iisUnmapped', 'hung', false],
  ];

  it.each(table)('%s confirmed by %s, then %s: done = %s', (step, by, latest, stillDone) => {
    const record = currentSteps(confirmed(step, by), finding[latest](20))[step];
    expect(record?.status).toBe(stillDone ? 'done' : 'todo');
    if (!stillDone) expect(stepNoteText(record, t)).toMatch(/^Re-opened by a later check: /);
  });

  it('an older finding never reopens a newer confirmation', () => {
    expect(currentSteps(confirmed('turn-off-iis', 'refused'), finding.iisMapped(5))['turn-off-iis']?.status).toBe('done');
  });

  it('skipped and plain steps are left as they are', () => {
    const p: ChecklistProgress = {
      ...startProgress(T, 1),
      steps: { 'turn-off-iis': { status: 'skipped', at: 3 }, 'update-antivirus': { status: 'done', at: 4 } },
    };
    expect(currentSteps(p, finding.iisMapped(20))).toEqual(p.steps);
  });

  it('the summary and the report agree with it: the mapping came back', () => {
    let p = answerQuestion(answerQuestion(startProgress(T, 1, finding.iisMapped(1)), 'infection', false), 'need-iis', true);
    const change = confirmStep(p, 'remove-mappings', 'mapping-absent', finding.iisUnmapped(10), 10);
    if (!change.ok) throw new Error(change.reason.code);
    p = change.progress;
    const back = finding.iisMapped(20);
    const summary = summarise(p, back);
    expect(summary.done).toBe(0);
    const report = buildSecurityReport({
      org: SEED_ORGANIZATION,
      scan: fakeReport([back], 20),
      checklists: { [T]: p },
      now: 30,
      version: '0',
    });
    expect(report.text).not.toMatch(/\[done[^\]]*\] .*mappings/i);
    expect(report.text).toMatch(/\[to do[^\]]*\] .*Re-opened by a later check: The \.ida mapping still answers/);
    const json = JSON.parse(report.json) as { findings: { checklist: { steps: { id: string; status: string }[] } }[] };
    expect(json.findings[0]?.checklist.steps.find((s) => s.id === 'remove-mappings')?.status).toBe('todo');
  });
});
