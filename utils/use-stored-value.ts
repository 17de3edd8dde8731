import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** The item's value, kept current; `undefined` until the first read finishes, unless a value already read is given. */
export function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>, initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => {
      if (live) setValue(v);
    });
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
