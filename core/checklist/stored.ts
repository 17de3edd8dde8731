import { t } from '../i18n';
import type { ChecklistProgress, StepRecord } from './types';

const STATUSES = new Set(['todo', 'done', 'skipped']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStep(value: unknown): value is StepRecord {
  return isRecord(value) && STATUSES.has(value.status as string) && typeof value.at === 'number';
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
  for (const [target, value] of Object.entries(raw)) {
    if (!isRecord(value) || typeof value.startedAt !== 'number' || !isRecord(value.answers) || !isRecord(value.steps)) {
      problems.push(t('stored_cl_unreadable_for', target.slice(0, 80)));
      continue;
    }
    const steps = Object.fromEntries(Object.entries(value.steps).filter(([, s]) => isStep(s)));
    const answers = Object.fromEntries(
      Object.entries(value.answers).filter(([k, v]) => (k === 'infection' || k === 'need-iis') && typeof v === 'boolean'),
    );
    const attestation =
      isRecord(value.attestation) && typeof value.attestation.at === 'number' && typeof value.attestation.fingerprint === 'string'
        ? value.attestation
        : undefined;
    checklists[target] = {
      target,
      startedAt: value.startedAt,
      answers,
      steps,
      ...(isRecord(value.found) && typeof value.found.verdict === 'string' && typeof value.found.checkedAt === 'number'
        ? { found: value.found as ChecklistProgress['found'] }
        : {}),
      ...(attestation ? { attestation: { at: attestation.at as number, fingerprint: attestation.fingerprint as string } } : {}),
      ...(isRecord(value.attestationDropped)
        ? { attestationDropped: value.attestationDropped as ChecklistProgress['attestationDropped'] }
        : {}),
    };
  }
  return { checklists, problems };
}
