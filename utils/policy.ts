import { browser } from 'wxt/browser';
import { UNMANAGED, validatePolicy, type ManagedConfig } from '../core/policy/validate';

/**
 * Reads IT's policy from managed storage. No policy means consumer mode:
 * Chromium answers {} and Firefox rejects with "Managed storage manifest not
 * found"; both read as unmanaged, never as an error.
 */
export async function readManagedConfig(): Promise<ManagedConfig> {
  try {
    return validatePolicy(await browser.storage.managed.get());
  } catch {
    return UNMANAGED;
  }
}

/** Calls back on every policy change. Chrome reports them at run time; Firefox reads policy only at start. */
export function watchManagedConfig(onChange: (config: ManagedConfig) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedConfig().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
