import { useEffect, useState } from 'preact/hooks';
import type { ManagedConfig } from '../core/policy/validate';
import { readManagedConfig, watchManagedConfig } from './policy';

/** IT's policy, kept current; `undefined` until the first read finishes. */
export function useManagedConfig(): ManagedConfig | undefined {
  const [config, setConfig] = useState<ManagedConfig>();
  useEffect(() => {
    let live = true;
    void readManagedConfig().then((c) => live && setConfig(c));
    const unwatch = watchManagedConfig((c) => live && setConfig(c));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return config;
}
