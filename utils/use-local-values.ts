import { useEffect, useState } from 'preact/hooks';
import { nativeStorage, type ChangeListener } from './native-api';

/**
 * Reads these `storage.local` keys at once. The popup calls it while its
 * module is first evaluated, so the read runs while Preact sets up, rather
 * than after a first empty render and an effect (a frame or more later).
 */
export async function readLocalValues(keys: readonly string[]): Promise<Record<string, unknown>> {
  const values = await nativeStorage().local.get([...keys]);
  performance.mark('cra:stored');
  return values;
}

/**
 * The raw values of these `storage.local` keys, starting from `initial` (read
 * by readLocalValues) and kept current. Raw means unchecked: callers read
 * them with core's readers.
 */
export function useLocalValues(keys: readonly string[], initial: Record<string, unknown>): Record<string, unknown> {
  const [values, setValues] = useState(initial);
  useEffect(() => {
    let live = true;
    const storage = nativeStorage();
    const listener: ChangeListener = (changes, area) => {
      if (area !== 'local' || !keys.some((k) => k in changes)) return;
      const next: Record<string, unknown> = {};
      for (const k of keys) if (k in changes) next[k] = changes[k]?.newValue;
      setValues((now) => ({ ...now, ...next }));
    };
    storage.onChanged.addListener(listener);
    // Read once more: a change between the first read and this listener would otherwise be missed.
    void readLocalValues(keys).then((read) => {
      if (live) setValues((now) => (keys.every((k) => Object.is(now[k], read[k])) ? now : { ...now, ...read }));
    });
    return () => {
      live = false;
      storage.onChanged.removeListener(listener);
    };
    // The keys are constants of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return values;
}
