import { assessMapping } from './mapping';
import type { MappingState, ScanReport, TargetResult } from './evidence';

/**
 * Storage migrations, one function per version step, each with its test.
 * WXT's storage runs them when an item's stored version is older.
 */

/** lastScan v1 → v2: findings gained `mapping` (the .ida answer), needed to verify the checklist and attestations. */
export function scanReportV1toV2(old: unknown): ScanReport | null {
  if (typeof old !== 'object' || old === null || !Array.isArray((old as ScanReport).results)) return null;
  const report = old as ScanReport;
  return {
    ...report,
    results: report.results.map((r: Omit<TargetResult, 'mapping'> & { mapping?: MappingState }) => ({
      ...r,
      mapping: r.mapping ?? assessMapping(r.requests?.[1]),
    })),
  };
}
