import { applyAction, type ActionResult, type ChecklistAction } from '../core/checklist/actions';
import { reconcile } from '../core/checklist/attestation';
import { progressFor, readChecklists } from '../core/checklist/stored';
import type { ChecklistProgress } from '../core/checklist/types';
import { createSerialQueue } from '../core/storage/serial-queue';
import type { ScanReport, TargetResult } from '../core/verdict/evidence';
import { checklistsItem } from './scan-storage';

export async function loadChecklists(): Promise<Record<string, ChecklistProgress>> {
  return readChecklists(await checklistsItem.getValue()).checklists;
}

/**
 * The one writer of checklist and attestation state. It lives in the
 * background: the popup sends actions (utils/messages.ts) and reads the
 * result from storage. Every change, a person's or a scan's reconcile, is a
 * read-change-write run one at a time, so no change is lost to another.
 */
export function createChecklistWriter(
  now: () => number = Date.now,
  /** Told of every change a person made, after it is stored (fleet milestones). */
  onChange?: (before: ChecklistProgress | undefined, after: ChecklistProgress, finding: TargetResult) => void,
) {
  const serial = createSerialQueue();
  return {
    /** A person's action on one target's walk, applied to the newest stored progress. */
    apply(action: ChecklistAction, finding: TargetResult): Promise<ActionResult> {
      return serial(async () => {
        const all = await loadChecklists();
        const before = progressFor(all, finding.target);
        const result = applyAction(before, action, finding, now());
        if (result.ok) {
          await checklistsItem.setValue({ ...all, [finding.target]: result.progress });
          onChange?.(before, result.progress, finding);
        }
        return result;
      });
    },
    /**
     * Applies a new report to saved progress: attestations on changed evidence are dropped. Gives the progress from
     * before and after, read once inside the writer, so notifications compare the two without a second read.
     */
    reconcile(report: ScanReport): Promise<{ before: Record<string, ChecklistProgress>; after: Record<string, ChecklistProgress> }> {
      return serial(async () => {
        const all = await loadChecklists();
        // Reconcile replaces a walk's object, never changes it, so a shallow copy keeps the state before.
        const before = { ...all };
        let changed = false;
        for (const finding of report.results) {
          const progress = progressFor(all, finding.target);
          if (!progress) continue;
          const next = reconcile(progress, finding, now());
          if (next !== progress) {
            all[finding.target] = next;
            changed = true;
          }
        }
        if (changed) await checklistsItem.setValue(all);
        return { before, after: all };
      });
    },
  };
}

export type ChecklistWriter = ReturnType<typeof createChecklistWriter>;
