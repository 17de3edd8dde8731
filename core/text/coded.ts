import { cutText } from './cut-text';

/**
 * Something stored as a message code and its parameters (a finding's reason, a step's note), read back
 * defensively: a code `isCode` knows, and at most `maxArgs` string parameters, each cut to `maxArgLength`.
 * Anything else reads as undefined.
 */
export function readCoded<C extends string>(
  value: unknown,
  isCode: (code: string) => code is C,
  maxArgs: number,
  maxArgLength: number,
): { code: C; args?: string[] } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { code, args } = value as { code?: unknown; args?: unknown };
  if (typeof code !== 'string' || !isCode(code)) return undefined;
  if (args === undefined) return { code };
  if (!Array.isArray(args) || args.length > maxArgs) return undefined;
  // Array.from, not .every on the array: .every skips the holes of a sparse array.
  const list = Array.from(args as unknown[]);
  if (!list.every((a): a is string => typeof a === 'string')) return undefined;
  return { code, args: list.map((a) => cutText(a, maxArgLength)) };
}
