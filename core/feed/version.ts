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
  // A pre-release comes before its release (semver §11); two pre-releases are compared as text, which is enough here.
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}
