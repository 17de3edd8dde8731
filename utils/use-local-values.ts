import { useEffect, useState } from 'preact/hooks';
import { nativeStorage, type ChangeListener } from './native-api';

/**
 * The raw values of these `storage.local` keys, kept current; undefined until
 * the first read. Raw means unchecked: callers read them with core's readers.
 */
export function useLocalValues(keys: readonly string[]): Record<string, unknown> | undefined {
  const [values, setValues] = useState<Record<string, unknown>>();
  useEffect(() => {
    let live = true;
    const storage = nativeStorage();
    void storage.local.get([...keys]).then((read) => {
      if (live) setValues((now) => ({ ...read, ...now }));
    });
    const listener: ChangeListener = (changes, area) => {
      if (area !== 'local' || !keys.some((k) => k in changes)) return;
      const next: Record<string, unknown> = {};
      for (const k of keys) if (k in changes) next[k] = changes[k]?.newValue;
      setValues((now) => ({ ...now, ...next }));
    };
    storage.onChanged.addListener(listener);
    return () => {
      live = false;
      storage.onChanged.removeListener(listener);
    };
    // The keys are constants of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return values;
}
