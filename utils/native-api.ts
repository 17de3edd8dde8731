/**
 * The browser's own extension API, without webextension-polyfill or WXT's
 * storage wrapper, for the popup's first paint only: Chrome's `chrome` (MV3)
 * and Firefox's `browser` both return promises for the few calls used here.
 * Leaving both libraries out of the first chunk is what lets the stored
 * verdict paint before anything else loads (docs/INTERNALS.md, "First paint").
 * Everything after the first paint goes through `wxt/browser` as usual.
 */
export interface StorageChange {
  newValue?: unknown;
}
export type ChangeListener = (changes: Record<string, StorageChange>, area: string) => void;

interface NativeApi {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown>; openOptionsPage(): Promise<void> };
}

const api = () => {
  const g = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  return (g.browser ?? g.chrome) as NativeApi;
};

export function sendNativeMessage(message: unknown): Promise<unknown> {
  return api().runtime.sendMessage(message);
}

export function openOptionsPage(): Promise<void> {
  return api().runtime.openOptionsPage();
}

/** storage.local and its change events, as the browser gives them. */
export function nativeStorage(): NativeApi['storage'] {
  return api().storage;
}
