import type { ScanReport, TargetResult } from './evidence';
import { isVerdict } from './verdict';

function isFinding(value: unknown): value is TargetResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<TargetResult>;
  return (
    typeof r.target === 'string' &&
    isVerdict(r.verdict) &&
    Array.isArray(r.requests) &&
    Array.isArray(r.reasons) &&
    typeof r.checkedAt === 'number'
  );
}

/**
 * Reads the stored report defensively: storage can hold anything after a
 * crash or a bad write. Broken findings are left out; an unreadable report
 * reads as "not checked yet", and the next scan replaces it.
 */
export function readScanReport(raw: unknown): ScanReport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<ScanReport>;
  if (!Array.isArray(r.results) || typeof r.finishedAt !== 'number') return null;
  return {
    startedAt: typeof r.startedAt === 'number' ? r.startedAt : r.finishedAt,
    finishedAt: r.finishedAt,
    trigger: r.trigger ?? 'user',
    results: r.results.filter(isFinding).map((f) => ({ ...f, mapping: f.mapping ?? 'not-checked' })),
  };
}
