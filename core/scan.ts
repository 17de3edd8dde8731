import pLimit from 'p-limit';
import type { TargetResult } from './evidence';
import { probeTarget, type ProbeOptions } from './probe';

/** How many targets are probed at once: gentle on the machine, and a hung target holds only one slot. */
export const DEFAULT_CONCURRENCY = 4;

export interface ScanOptions extends ProbeOptions {
  concurrency?: number;
  /** Replaceable for tests of the scheduling itself. */
  probe?: (target: string, options: ProbeOptions) => Promise<TargetResult>;
}

/** Probes every target, at most `concurrency` at a time, and returns results in target order. */
export async function scanTargets(targets: readonly string[], options: ScanOptions = {}): Promise<TargetResult[]> {
  const { concurrency = DEFAULT_CONCURRENCY, probe = probeTarget, ...probeOptions } = options;
  const limit = pLimit(concurrency);
  const unique = [...new Set(targets)];
  return Promise.all(unique.map((target) => limit(() => probe(target, probeOptions))));
}
