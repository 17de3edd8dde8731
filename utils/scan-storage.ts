import { storage } from 'wxt/utils/storage';
import type { ChecklistProgress } from '../core/checklist/types';
import type { ScanReport } from '../core/verdict/evidence';
import { checklistsV1toV2, scanReportV1toV2, scanReportV2toV3, scanReportV3toV4 } from '../core/storage/migrations';
import { local, STORAGE_KEYS } from './storage-keys';

/**
 * The items the background reads and writes through WXT's storage, with their versions and migrations. Apart from
 * utils/storage.ts so the migrations (and the signature scanner they use) load only where they run: the popup reads
 * these items straight from storage.local through their defensive readers, which take any version.
 */
/** The last finished scan, so the popup can paint before any network work. */
export const lastScanItem = storage.defineItem<ScanReport | null>(local(STORAGE_KEYS.lastScan), {
  fallback: null,
  version: 4,
  migrations: { 2: scanReportV1toV2, 3: scanReportV2toV3, 4: scanReportV3toV4 },
});

/** Checklist progress per target URL. Kept across popup closes, restarts and updates. */
export const checklistsItem = storage.defineItem<Record<string, ChecklistProgress> | null>(local(STORAGE_KEYS.checklists), {
  fallback: null,
  version: 2,
  migrations: { 2: (old: unknown) => checklistsV1toV2(old) as Record<string, ChecklistProgress> | null },
});
