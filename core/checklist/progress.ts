import { parseServerBanner } from '../banner';
import { matchBannerRules } from '../banner-rules';
import type { TargetResult } from '../evidence';
import type { Verdict } from '../verdict';
import { stepsFor } from './tree';
import type { Answers, Attestation, ChecklistProgress, QuestionId, StepId, StepRecord, Verification } from './types';

export function startProgress(target: string, now: number, finding?: TargetResult): ChecklistProgress {
  const found = finding && { verdict: finding.verdict, banner: finding.banner, checkedAt: finding.checkedAt };
  return { target, startedAt: now, ...(found ? { found } : {}), answers: {}, steps: {} };
}

/** The verdict that chose the path: the one the walk started from, so fixing the server does not change the steps. */
export function pathFinding(progress: ChecklistProgress, finding: Pick<TargetResult, 'verdict'>): Pick<TargetResult, 'verdict'> {
  return { verdict: progress.found?.verdict ?? finding.verdict };
}

export function answerQuestion(progress: ChecklistProgress, question: QuestionId, value: boolean): ChecklistProgress {
  const answers: Answers = { ...progress.answers, [question]: value };
  // A new answer to the first question re-opens the second.
  if (question === 'infection') delete answers['need-iis'];
  return { ...progress, answers };
}

/** Clears both answers so the person can choose again; step records are kept. */
export function resetAnswers(progress: ChecklistProgress): ChecklistProgress {
  return { ...progress, answers: {} };
}

export interface ProgressSummary {
  steps: StepId[];
  done: number;
  total: number;
  /** The first step still to do, if any. */
  current?: StepId;
}

export function summarise(progress: ChecklistProgress, finding: Pick<TargetResult, 'verdict'>): ProgressSummary {
  const steps = stepsFor(progress.answers, pathFinding(progress, finding));
  const settled = steps.filter((id) => (progress.steps[id]?.status ?? 'todo') !== 'todo');
  const current = steps.find((id) => (progress.steps[id]?.status ?? 'todo') === 'todo');
  return { steps, done: settled.length, total: steps.length, ...(current ? { current } : {}) };
}

function withStep(progress: ChecklistProgress, id: StepId, record: StepRecord): ChecklistProgress {
  return { ...progress, steps: { ...progress.steps, [id]: record } };
}

export type StepChange = { ok: true; progress: ChecklistProgress } | { ok: false; reason: string };

/** Marks a plain step done or skipped, or back to do. Steps that need proof go through confirmStep or attestPatched. */
export function setStepStatus(
  progress: ChecklistProgress,
  id: StepId,
  status: 'todo' | 'done' | 'skipped',
  now: number,
  proof?: 'verify' | 'attest',
): StepChange {
  if (status === 'done' && proof !== undefined) {
    return {
      ok: false,
      reason:
        proof === 'verify' ? 'This step is done when a fresh check confirms it.' : 'Say that you installed the patch to finish this step.',
    };
  }
  return { ok: true, progress: withStep(progress, id, { status, at: now }) };
}

function isIisBanner(banner: string | null): boolean {
  const parsed = parseServerBanner(banner);
  if (parsed.kind !== 'parsed') return false;
  return matchBannerRules(parsed.products).some((m) => m.rule.id.startsWith('iis-'));
}

/** Whether a fresh finding shows what a step promised. Returns the reason when it does not. */
export function verification(kind: Verification, fresh: TargetResult): { passed: true; note: string } | { passed: false; reason: string } {
  if (kind === 'iis-off') {
    if (fresh.verdict === 'unreachable') return { passed: true, note: 'Confirmed by a fresh check: nothing answers on this address.' };
    if (fresh.verdict === 'not-affected' && !isIisBanner(fresh.banner)) {
      return { passed: true, note: 'Confirmed by a fresh check: the server that answers is not IIS.' };
    }
    return { passed: false, reason: 'A web server still answers on this address and may be IIS. Stop the services, then check again.' };
  }
  if (fresh.mapping === 'absent' || fresh.mapping === 'urlscan') {
    return { passed: true, note: 'Confirmed by a fresh check: the .ida mapping no longer answers.' };
  }
  if (fresh.verdict === 'unreachable') {
    return { passed: false, reason: 'Nothing answered, so the mapping could not be checked. Start IIS to check it, or skip this step.' };
  }
  return { passed: false, reason: 'The .ida mapping still answers. Remove the .ida and .idq entries, then check again.' };
}

/** Completes a verified step with a fresh finding, or leaves it open and says why. */
export function confirmStep(progress: ChecklistProgress, id: StepId, kind: Verification, fresh: TargetResult, now: number): StepChange {
  const result = verification(kind, fresh);
  if (!result.passed) return { ok: false, reason: result.reason };
  return { ok: true, progress: withStep(progress, id, { status: 'done', at: now, note: result.note }) };
}

/**
 * What the evidence looked like when the person said the server is patched.
 * Banner and mapping answer: if either changes, the attestation no longer
 * describes this server.
 */
export function evidenceFingerprint(finding: TargetResult): string {
  return JSON.stringify([finding.banner, finding.mapping]);
}

export function attestPatched(progress: ChecklistProgress, finding: TargetResult, now: number): ChecklistProgress {
  const attestation: Attestation = { at: now, fingerprint: evidenceFingerprint(finding) };
  const { attestationDropped: _dropped, ...rest } = progress;
  return withStep({ ...rest, attestation }, 'patch', { status: 'done', at: now, note: 'Reported patched by you.' });
}

export function attestationHolds(progress: ChecklistProgress, finding: TargetResult): boolean {
  return progress.attestation !== undefined && progress.attestation.fingerprint === evidenceFingerprint(finding);
}

/**
 * Applies a new finding to saved progress: an attestation made on different
 * evidence is dropped and the patch step re-opened, with the reason kept.
 */
export function reconcile(progress: ChecklistProgress, finding: TargetResult, now: number): ChecklistProgress {
  if (!progress.attestation || attestationHolds(progress, finding)) return progress;
  const { attestation, ...rest } = progress;
  // Removing the .ida mapping is the checklist's own next step, not a sign that
  // the server changed: keep the attestation and remember the new evidence.
  const [bannerThen, mappingThen] = JSON.parse(attestation.fingerprint) as [string | null, string];
  if (bannerThen === finding.banner && mappingThen === 'present' && (finding.mapping === 'absent' || finding.mapping === 'urlscan')) {
    return { ...progress, attestation: { ...attestation, fingerprint: evidenceFingerprint(finding) } };
  }
  return withStep({ ...rest, attestationDropped: { at: now, reportedAt: attestation.at } }, 'patch', {
    status: 'todo',
    at: now,
    note: 'Re-opened: the server\u2019s answers changed after you reported it patched.',
  });
}

/**
 * The verdict to rank and badge a finding by: an exposed server the person
 * reported patched, on unchanged evidence, counts as mitigated. Infection is
 * never lowered: the defacement is there to see.
 */
export function effectiveVerdict(finding: TargetResult, progress: ChecklistProgress | undefined): Verdict {
  const patchable = finding.verdict === 'exposed' || finding.verdict === 'possibly-vulnerable';
  return patchable && progress && attestationHolds(progress, finding) ? 'mitigated' : finding.verdict;
}
