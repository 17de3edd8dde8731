import { reconcile } from '../core/checklist/attestation';
import { progressFor, readChecklists } from '../core/checklist/stored';
import type { ChecklistProgress } from '../core/checklist/types';
import type { ScanReport } from '../core/verdict/evidence';
import { checklistsItem } from './storage';

export async function loadChecklists(): Promise<Record<string, ChecklistProgress>> {
  return readChecklists(await checklistsItem.getValue()).checklists;
}

/**
 * Applies a change to the newest stored progress, not to a copy the page read
 * earlier: the background may have changed it since (an attestation re-based
 * or dropped by a scan). `change` returns undefined to leave it as it is.
 */
export async function updateChecklist(
  target: string,
  start: ChecklistProgress,
  change: (progress: ChecklistProgress) => ChecklistProgress | undefined,
): Promise<ChecklistProgress | undefined> {
  const all = await loadChecklists();
  const next = change(progressFor(all, target) ?? start);
  if (next) await checklistsItem.setValue({ ...all, [target]: next });
  return next;
}

/** Applies a new report to saved progress: attestations on changed evidence are dropped. */
export async function reconcileChecklists(report: ScanReport, now = Date.now()): Promise<Record<string, ChecklistProgress>> {
  const all = await loadChecklists();
  let changed = false;
  for (const finding of report.results) {
    const progress = progressFor(all, finding.target);
    if (!progress) continue;
    const next = reconcile(progress, finding, now);
    if (next !== progress) {
      all[finding.target] = next;
      changed = true;
    }
  }
  if (changed) await checklistsItem.setValue(all);
  return all;
}
