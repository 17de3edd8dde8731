import { capList } from '../text/cap-list';
import { cutText } from '../text/cut-text';
import { t } from '../text/i18n';
import { isStoredTarget } from '../verdict/evidence';
import { isTimeValue } from '../text/time-value';
import { isVerdict } from '../verdict/verdict';
import { EVIDENCE_LIMITS } from '../verdict/evidence';
import { readFingerprint } from './attestation';
import { noteFromSentence, readNote } from './notes';
import { STEP_IDS, type ChecklistProgress, type StepRecord } from './types';

const STATUSES = new Set(['todo', 'done', 'skipped']);

/** One walk per checked server: more than the settings and policy can list (50 + 50) was not written by us. */
export const MAX_STORED_CHECKLISTS = 100;
/** Problems shown about stored checklists: the first few, then how many more. */
const MAX_PROBLEMS = 5;

/**
 * The walk for one target, or undefined. Own keys only: a target read from
 * storage could be `toString` or `__proto__`, which every object answers.
 */
export function progressFor(checklists: Record<string, ChecklistProgress>, target: string): ChecklistProgress | undefined {
  return Object.hasOwn(checklists, target) ? checklists[target] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readStep(value: unknown): StepRecord | undefined {
  if (!isRecord(value) || !STATUSES.has(value.status as string) || !isTimeValue(value.at)) return undefined;
  const record: StepRecord = { status: value.status as StepRecord['status'], at: value.at };
  // A string is a note a version before checklists v2 wrote, read before its migration ran (the popup reads storage directly).
  const note = typeof value.note === 'string' ? noteFromSentence(value.note) : readNote(value.note);
  if (note) record.note = note;
  return record;
}

function readFound(value: unknown): ChecklistProgress['found'] | undefined {
  if (!isRecord(value) || !isVerdict(value.verdict) || !isTimeValue(value.checkedAt)) return undefined;
  return {
    verdict: value.verdict,
    banner: typeof value.banner === 'string' ? cutText(value.banner, EVIDENCE_LIMITS.server) : null,
    checkedAt: value.checkedAt,
  };
}

function readAttestation(value: unknown): ChecklistProgress['attestation'] | undefined {
  if (!isRecord(value) || !isTimeValue(value.at) || typeof value.fingerprint !== 'string') return undefined;
  // A fingerprint is what attestPatched wrote: JSON of [banner, mapping]. Anything else cannot be compared with evidence.
  return readFingerprint(value.fingerprint) ? { at: value.at, fingerprint: value.fingerprint } : undefined;
}

function readDropped(value: unknown): ChecklistProgress['attestationDropped'] | undefined {
  return isRecord(value) && isTimeValue(value.at) && isTimeValue(value.reportedAt)
    ? { at: value.at, reportedAt: value.reportedAt }
    : undefined;
}

/**
 * Reads stored checklist progress defensively: entries that are not progress
 * are left out (and reported), bad step records are dropped, the rest is kept.
 */
export function readChecklists(raw: unknown): { checklists: Record<string, ChecklistProgress>; problems: string[] } {
  const checklists: Record<string, ChecklistProgress> = {};
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { checklists, problems };
  if (!isRecord(raw)) return { checklists, problems: [t('stored_cl_unreadable')] };
  const entries = Object.entries(raw);
  for (const [target, value] of entries.slice(0, MAX_STORED_CHECKLISTS)) {
    if (
      !isStoredTarget(target) ||
      !isRecord(value) ||
      !isTimeValue(value.startedAt) ||
      !isRecord(value.answers) ||
      !isRecord(value.steps)
    ) {
      problems.push(t('stored_cl_unreadable_for', cutText(target, 80)));
      continue;
    }
    const steps: ChecklistProgress['steps'] = {};
    for (const id of STEP_IDS) {
      const record = Object.hasOwn(value.steps, id) ? readStep(value.steps[id]) : undefined;
      if (record) steps[id] = record;
    }
    const answers = Object.fromEntries(
      Object.entries(value.answers).filter(([k, v]) => (k === 'infection' || k === 'need-iis') && typeof v === 'boolean'),
    );
    const found = readFound(value.found);
    const attestation = readAttestation(value.attestation);
    const dropped = readDropped(value.attestationDropped);
    checklists[target] = {
      target,
      startedAt: value.startedAt,
      answers,
      steps,
      ...(found ? { found } : {}),
      ...(attestation ? { attestation } : {}),
      ...(dropped ? { attestationDropped: dropped } : {}),
    };
  }
  if (entries.length > MAX_STORED_CHECKLISTS) problems.push(t('stored_cl_too_many', entries.length - MAX_STORED_CHECKLISTS));
  return { checklists, problems: capList(problems, MAX_PROBLEMS, (more) => t('stored_more_problems', more)) };
}
