import { storage } from 'wxt/utils/storage';
import type { ScanReport } from '../core/evidence';
import { checkSettings, type Settings, type SettingsCheck } from '../core/settings';

/**
 * Every storage key, declared once. Settings are stored raw and checked on
 * every read (core/settings.ts), because storage can be corrupted or written
 * by another version.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });

/** The last finished scan, so the popup can paint before any network work. */
export const lastScanItem = storage.defineItem<ScanReport | null>('local:lastScan', { fallback: null });

/** Set while a scan runs, so every open popup can say "Checking…". */
export interface ScanState {
  running: boolean;
  startedAt?: number;
}
export const scanStateItem = storage.defineItem<ScanState>('local:scanState', { fallback: { running: false } });

export async function loadSettings(): Promise<SettingsCheck> {
  return checkSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
