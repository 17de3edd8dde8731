import fc from 'fast-check';

/**
 * Values that break readers which check types but not ranges or vocabularies:
 * times Date cannot hold, lone surrogates, inherited key names, odd types.
 */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    1e300,
    8.64e15 + 1,
    -8.64e15 - 1,
    0,
    '',
    ' ',
    '\ud800',
    '\udfff x',
    '__proto__',
    'constructor',
    'toString',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'pwned',
    null,
    undefined,
    true,
    [],
    {},
    [null],
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(child, path, out);
  }
  return out;
}

function setAt(root: unknown, path: Path, value: unknown, remove: boolean): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing a field is the point
  if (remove) delete node[last];
  else node[last] = value;
}

/**
 * A valid stored value with a few of its fields (leaves or whole branches)
 * replaced by hostile ones or removed: the shapes a crash, an old version or
 * an attacker with access to storage could leave behind.
 */
export function mutated<T>(valid: T): fc.Arbitrary<unknown> {
  const edit = fc.tuple(
    fc.nat(),
    hostileLeaf,
    fc.nat({ max: 4 }).map((n) => n === 0),
  );
  return fc.array(edit, { maxLength: 5 }).map((edits) => {
    const copy = structuredClone(valid) as unknown;
    for (const [index, value, remove] of edits) {
      // Paths are taken afresh each time: an earlier edit may have replaced a whole branch.
      const live = pathsOf(copy);
      const path = live[index % Math.max(1, live.length)];
      if (path) setAt(copy, path, value, remove);
    }
    return copy;
  });
}

/** Anything at all, or a mutated valid value: the second finds far more than the first. */
export const anyOr = <T>(valid: T): fc.Arbitrary<unknown> => fc.oneof(fc.anything(), hostileLeaf, mutated(valid), mutated(valid));
