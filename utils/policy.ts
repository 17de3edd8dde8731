import { browser } from 'wxt/browser';
import { UNMANAGED, validatePolicy, type ManagedConfig } from '../core/policy/validate';

/**
 * Reads IT's policy from managed storage. No policy means consumer mode:
 * Chromium answers {} and Firefox rejects with "Managed storage manifest not
 * found"; both read as unmanaged, never as an error.
 */
export async function readManagedConfig(): Promise<ManagedConfig> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return UNMANAGED;
  }
  // Outside the catch: validatePolicy explains each bad value itself, and a bug
  // in it must show, not read as "no policy" and silently drop IT's locks.
  return validatePolicy(raw);
}

/** Calls back on every policy change. Chrome reports them at run time; Firefox reads policy only at start. */
export function watchManagedConfig(onChange: (config: ManagedConfig) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedConfig().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
