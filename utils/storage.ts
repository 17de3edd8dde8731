import { storage } from 'wxt/utils/storage';
import { local, STORAGE_KEYS } from './storage-keys';
import { checkSettings, type Settings, type SettingsCheck } from '../core/policy/settings';

/**
 * Every storage item the pages share, declared once (lastScan and checklists, with their migrations, are in
 * utils/scan-storage.ts). Migrations live in
 * core/storage/migrations.ts. Settings and checklists are checked on every read
 * (core/policy/settings.ts, core/checklist/stored.ts), because storage can be
 * corrupted or written by another version.
 */
export const settingsItem = storage.defineItem<unknown>(local(STORAGE_KEYS.settings), { version: 1 });

/** Set while a scan runs, so every open popup can say "Checking…". */
export interface ScanState {
  running: boolean;
  startedAt?: number;
}
export const scanStateItem = storage.defineItem<ScanState>(local(STORAGE_KEYS.scanState), { fallback: { running: false } });

/** IT's advisory feed: the verified documents and the last check (core/feed/cache.ts reads it). */
export const feedCacheItem = storage.defineItem<unknown>(local(STORAGE_KEYS.feedCache), { fallback: null });
/** Fleet reporting (core/fleet/): the queue of events not yet delivered, read with readQueue. */
export const fleetQueueItem = storage.defineItem<unknown>(local(STORAGE_KEYS.fleetQueue), { fallback: null });
/** What IT last heard about each target, read with readSentState. */
export const fleetSentItem = storage.defineItem<unknown>(local(STORAGE_KEYS.fleetSent), { fallback: null });
/**
 * State the background must keep across a stopped service worker: the feed and pins last checked (utils/feed.ts) and
 * the fleet settings the last delivery used (utils/fleet.ts). Each is a key string its writer makes and readStoredKey reads.
 */
export const feedCheckedItem = storage.defineItem<unknown>(local(STORAGE_KEYS.feedChecked), { fallback: null });
export const fleetConfigSeenItem = storage.defineItem<unknown>(local(STORAGE_KEYS.fleetConfigSeen), { fallback: null });

/** The longest key string those items hold: a policy's feed URL and ten pins, or its fleet settings, fit well within it. */
const MAX_STORED_KEY = 8192;

/** Reads a stored key string back; anything else (corrupted, or another version's) reads as none, which means "changed". */
export function readStoredKey(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.length <= MAX_STORED_KEY ? raw : undefined;
}

/** A random id for this installation, sent with every report: browsers outside ChromeOS give extensions no device identity. */
export const installIdItem = storage.defineItem<string>(local(STORAGE_KEYS.installId), { init: () => crypto.randomUUID() });

export async function loadSettings(): Promise<SettingsCheck> {
  return checkSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
