import { noteFromSentence } from '../checklist/notes';
import { bodyExcerpt, findSignatures } from '../verdict/signatures';
import { assessMapping } from '../verdict/mapping';
import type { MappingState, RequestEvidence, ScanReport, TargetResult } from '../verdict/evidence';
import { MAX_REASON_ARG, reason, type Reason } from '../verdict/reasons';
import { cutText } from '../text/cut-text';

/**
 * Storage migrations, one function per version step, each with its test.
 * WXT's storage runs them when an item's stored version is older.
 */

function mappingOf(requests: unknown): MappingState {
  const ida = Array.isArray(requests) ? (requests[1] as unknown) : undefined;
  return typeof ida === 'object' && ida !== null ? assessMapping(ida as RequestEvidence) : 'not-checked';
}

/** lastScan v1 → v2: findings gained `mapping` (the .ida answer), needed to verify the checklist and attestations. */
export function scanReportV1toV2(old: unknown): ScanReport | null {
  if (typeof old !== 'object' || old === null || !Array.isArray((old as ScanReport).results)) return null;
  const report = old as ScanReport;
  return {
    ...report,
    // Anything that is not a finding is passed on as it is, for readScanReport to leave out.
    results: Array.from(report.results as unknown[], (r) =>
      typeof r !== 'object' || r === null
        ? r
        : {
            ...(r as TargetResult),
            mapping: (r as { mapping?: MappingState }).mapping ?? mappingOf((r as { requests?: unknown }).requests),
          },
    ) as TargetResult[],
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
    results: Array.from(report.results, (r) =>
      typeof r !== 'object' || r === null || !Array.isArray(r.requests)
        ? r
        : {
            ...r,
            requests: Array.from(r.requests, (q) =>
              typeof q !== 'object' || q === null || typeof q.bodySnippet !== 'string'
                ? q
                : { ...q, signatures: findSignatures(q.bodySnippet), bodySnippet: bodyExcerpt(q.bodySnippet) },
            ),
          },
    ),
  };
}

/**
 * lastScan v3 → v4: each finding's reasons were sentences in the language of the check that wrote them; now they are
 * message codes (core/verdict/reasons.ts). A sentence cannot be told back into its code (it may be Spanish, or an
 * older wording), so each is kept as it was written (note_legacy): nothing the person saw is lost, and the next check,
 * at the latest on the next browser start, writes codes. Classifying the stored requests again here would put the
 * banner rules into every page that reads storage, for one check's worth of difference.
 */
export function scanReportV3toV4(old: unknown): ScanReport | null {
  if (typeof old !== 'object' || old === null || !Array.isArray((old as ScanReport).results)) return null;
  const report = old as ScanReport;
  return {
    ...report,
    results: Array.from(report.results as unknown[], (r) => {
      if (!isObject(r) || !Array.isArray(r.reasons)) return r;
      return { ...r, reasons: reasonsOf(r) };
    }) as TargetResult[],
  };
}

function reasonsOf(finding: Record<string, unknown>): Reason[] {
  return Array.from(finding.reasons as unknown[])
    .filter((s): s is string => typeof s === 'string')
    .map((s) => reason('note_legacy', cutText(s, MAX_REASON_ARG)));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * checklists v1 → v2: step notes were English sentences; now they are message
 * codes (core/checklist/notes.ts), so a note reads in the language the person
 * uses today. A sentence we did not write is kept as it is (note_legacy).
 * Everything else passes through for readChecklists to judge.
 */
export function checklistsV1toV2(old: unknown): unknown {
  if (!isObject(old)) return old;
  const out: Record<string, unknown> = {};
  for (const [target, progress] of Object.entries(old)) {
    if (!isObject(progress) || !isObject(progress.steps)) {
      out[target] = progress;
      continue;
    }
    const steps: Record<string, unknown> = {};
    for (const [id, record] of Object.entries(progress.steps)) {
      steps[id] = isObject(record) && typeof record.note === 'string' ? { ...record, note: noteFromSentence(record.note) } : record;
    }
    out[target] = { ...progress, steps };
  }
  return out;
}
