/**
 * The name of every item in storage.local, once. utils/storage.ts defines the items with them, and the popup's first
 * paint reads some straight from storage.local by the same names, without loading WXT's storage (utils/native-api.ts).
 */
export const STORAGE_KEYS = {
  settings: 'settings',
  lastScan: 'lastScan',
  scanState: 'scanState',
  checklists: 'checklists',
  feedCache: 'feedCache',
  fleetQueue: 'fleetQueue',
  fleetSent: 'fleetSent',
  feedChecked: 'feedChecked',
  fleetConfigSeen: 'fleetConfigSeen',
  installId: 'installId',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** WXT's name for an item in storage.local. */
export const local = <K extends StorageKey>(key: K) => `local:${key}` as const;
