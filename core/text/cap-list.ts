/**
 * A list of notices a person can read: at most `max` entries, the last of
 * them saying how many more there were. Readers of outside data use it so
 * that thousands of bad entries give a handful of lines, never thousands.
 */
export function capList<T>(items: readonly T[], max: number, more: (count: number) => T): T[] {
  if (items.length <= max) return [...items];
  const kept = items.slice(0, max - 1);
  return [...kept, more(items.length - kept.length)];
}
