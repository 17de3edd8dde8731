import type { ScanReport, ScanTrigger, TargetResult } from '../core/verdict/evidence';
import { scanTargets } from '../core/probe/scan';
import { createScanQueue } from '../core/probe/scan-queue';
import { readScanReport } from '../core/storage/stored-report';
import { loadSettings, scanStateItem } from './storage';
import { lastScanItem } from './scan-storage';

export interface ScannerDeps {
  scan?: (targets: readonly string[]) => Promise<TargetResult[]>;
  now?: () => number;
  /** Called with every stored report and the one it replaced (badge, checklists, notifications). */
  onReport?: (report: ScanReport, previous: ScanReport | null) => Promise<void> | void;
  /** The targets in force; the user's settings with IT's policy applied. */
  targets?: () => Promise<string[]>;
}

/** Runs scans and stores their reports; requests are queued and merged by core/probe/scan-queue.ts. */
async function storedTargets(): Promise<string[]> {
  return (await loadSettings()).settings.targets;
}

export function createScanner({ scan = scanTargets, now = Date.now, onReport, targets: configured = storedTargets }: ScannerDeps = {}) {
  async function execute(trigger: ScanTrigger, only?: readonly string[]): Promise<ScanReport> {
    const startedAt = now();
    await scanStateItem.setValue({ running: true, startedAt });
    try {
      const all = await configured();
      const targets = only ? all.filter((t) => only.includes(t)) : all;
      const results = await scan(targets);
      const previous = readScanReport(await lastScanItem.getValue());
      const report: ScanReport = { startedAt, finishedAt: now(), trigger, results: merge(all, only ? previous : null, results) };
      await lastScanItem.setValue(report);
      await onReport?.(report, previous);
      return report;
    } finally {
      await scanStateItem.setValue({ running: false });
    }
  }

  // One scan at a time; every request gets a report covering at least what it asked for (core/probe/scan-queue.ts).
  const queue = createScanQueue(execute);

  return {
    /** Scans all configured targets, or only `targets` (kept in configured order, merged into the last report). */
    run(trigger: ScanTrigger, targets?: readonly string[]): Promise<ScanReport> {
      return queue.request(trigger, targets);
    },
    /**
     * The same, from a scan that starts after this request: a scan already
     * running may have read older settings (a target just added), or a
     * checklist step needs evidence newer than the click.
     */
    runFresh(trigger: ScanTrigger, targets?: readonly string[]): Promise<ScanReport> {
      return queue.request(trigger, targets, true);
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;

/** Fresh results replace old ones for the same target; targets no longer configured drop out. */
function merge(order: readonly string[], previous: ScanReport | null, fresh: readonly TargetResult[]): TargetResult[] {
  const byTarget = new Map<string, TargetResult>();
  for (const r of previous?.results ?? []) byTarget.set(r.target, r);
  for (const r of fresh) byTarget.set(r.target, r);
  return order.flatMap((t) => byTarget.get(t) ?? []);
}
