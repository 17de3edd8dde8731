import type { TargetResult } from '../verdict/evidence';
import type { Verdict } from '../verdict/verdict';
import { withStep } from './with-step';
import type { Attestation, ChecklistProgress } from './types';

// Attestation lives apart from the rest of the checklist logic because the
// background needs it after every scan. withStep is shared with progress.ts and verify.ts.

/**
 * What the evidence looked like when the person said the server is patched.
 * Banner and mapping answer: if either changes, the attestation no longer
 * describes this server.
 */
export function evidenceFingerprint(finding: TargetResult): string {
  return JSON.stringify([finding.banner, finding.mapping]);
}

/** Reads a stored fingerprint back; undefined for anything attestPatched could not have written. */
export function readFingerprint(fingerprint: string): { banner: string | null; mapping: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fingerprint);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
  const [banner, mapping] = parsed as unknown[];
  return (banner === null || typeof banner === 'string') && typeof mapping === 'string' ? { banner, mapping } : undefined;
}

export function attestPatched(progress: ChecklistProgress, finding: TargetResult, now: number): ChecklistProgress {
  const attestation: Attestation = { at: now, fingerprint: evidenceFingerprint(finding) };
  const { attestationDropped: _dropped, ...rest } = progress;
  return withStep({ ...rest, attestation }, 'patch', { status: 'done', at: now, note: { code: 'note_reported_patched' } });
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
  const then = readFingerprint(attestation.fingerprint);
  if (then?.banner === finding.banner && then.mapping === 'present' && (finding.mapping === 'absent' || finding.mapping === 'urlscan')) {
    return { ...progress, attestation: { ...attestation, fingerprint: evidenceFingerprint(finding) } };
  }
  return withStep({ ...rest, attestationDropped: { at: now, reportedAt: attestation.at } }, 'patch', {
    status: 'todo',
    at: now,
    note: { code: 'note_reopened_changed' },
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
