import { bodyExcerpt, findSignatures } from './signatures';
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

/**
 * lastScan v2 → v3: each request kept up to 64 KB of its page body. The
 * signatures the verdict needs are now found by the probe and stored on their
 * own, and only a short excerpt of the body is kept (about 80 answering
 * targets would otherwise fill the storage quota).
 */
export function scanReportV2toV3(old: unknown): ScanReport | null {
  if (typeof old !== 'object' || old === null || !Array.isArray((old as ScanReport).results)) return null;
  const report = old as ScanReport;
  return {
    ...report,
    results: report.results.map((r) =>
      typeof r !== 'object' || r === null || !Array.isArray(r.requests)
        ? r
        : {
            ...r,
            requests: r.requests.map((q) =>
              typeof q !== 'object' || q === null || typeof q.bodySnippet !== 'string'
                ? q
                : { ...q, signatures: findSignatures(q.bodySnippet), bodySnippet: bodyExcerpt(q.bodySnippet) },
            ),
          },
    ),
  };
}
