import type { TargetResult } from '../verdict/evidence';
import { probeTarget, type ProbeOptions } from './probe';

/** How many targets are probed at once: gentle on the machine, and a hung target holds only one slot. */
export const DEFAULT_CONCURRENCY = 4;

export interface ScanOptions extends ProbeOptions {
  concurrency?: number;
  /** Replaceable for tests of the scheduling itself. */
  probe?: (target: string, options: ProbeOptions) => Promise<TargetResult>;
}

/**
 * Probes every target, at most `concurrency` at a time, and returns results in target order.
 * A fixed number of workers each take the next target when their last one ends: all the pool
 * this needs, written out rather than taken from p-limit (1.6 KB of the background's budget).
 */
export async function scanTargets(targets: readonly string[], options: ScanOptions = {}): Promise<TargetResult[]> {
  const { concurrency = DEFAULT_CONCURRENCY, probe = probeTarget, ...probeOptions } = options;
  const unique = [...new Set(targets)];
  const results: TargetResult[] = new Array<TargetResult>(unique.length);
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const index = next++;
      results[index] = await probe(unique[index] as string, probeOptions);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, unique.length)) }, worker));
  return results;
}
