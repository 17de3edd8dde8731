/**
 * CSAF `tracking.version`: an integer ("1", "2") or semantic versioning
 * ("1.0.0", "1.1.0-rc.1"), one scheme per document history. Compared by
 * numbers, not as text, so "10" is newer than "9".
 */
const INTEGER = /^(?:0|[1-9]\d{0,8})$/;
const SEMVER = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([\da-z.-]{1,64}))?(?:\+[\da-z.-]{1,64})?$/i;

type Parsed = { parts: [number, number, number]; pre?: string };

function parse(version: string): Parsed | undefined {
  if (INTEGER.test(version)) return { parts: [Number(version), 0, 0] };
  const m = SEMVER.exec(version);
  if (!m) return undefined;
  return { parts: [Number(m[1]), Number(m[2]), Number(m[3])], ...(m[4] ? { pre: m[4] } : {}) };
}

export function isCsafVersion(version: string): boolean {
  return version.length <= 200 && parse(version) !== undefined;
}

/** Negative when a is older than b, positive when newer, 0 when the same; undefined when either is not a CSAF version. */
export function compareVersions(a: string, b: string): number | undefined {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] as number) - (y.parts[i] as number);
    if (d !== 0) return Math.sign(d);
  }
  // A pre-release comes before its release (semver §11.3).
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return comparePreRelease(x.pre, y.pre);
}

const NUMERIC = /^\d+$/;

/**
 * Semver §11.4: dot-separated identifiers, left to right; numeric ones by value ("rc.10" after "rc.9"), others as
 * ASCII text; a numeric identifier before an alphanumeric one; a longer list after a shorter one it begins with.
 */
function comparePreRelease(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const pn = NUMERIC.test(p);
    const qn = NUMERIC.test(q);
    if (pn && qn) return Math.sign(Number(p) - Number(q)) || (p.length < q.length ? -1 : 1);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return Math.sign(x.length - y.length);
}
