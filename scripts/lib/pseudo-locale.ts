/**
 * A pseudo-locale for finding layout problems before a translator does: every message accented (so text that skipped
 * the catalogue stands out in English), 40% longer (German and French run about that much longer than English), and
 * bracketed, so a clipped start or end shows. Placeholders ($1…$9, $$) are kept exactly, so the filled-in values read.
 * `CRA_PSEUDO=1 wxt build` ships it as the English catalogue; the languages e2e test screenshots it.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ľ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer than English each message becomes. */
export const PSEUDO_GROWTH = 0.4;

export function pseudoMessage(message: string): string {
  let out = '';
  for (let i = 0; i < message.length; i++) {
    const c = message[i] ?? '';
    const next = message[i + 1] ?? '';
    // $1…$9 and $$ stay as they are: the browser fills them in.
    if (c === '$' && /[$1-9]/.test(next)) {
      out += c + next;
      i++;
    } else out += ACCENTED[c] ?? c;
  }
  // Grown by whole "~" words, so a line can still break between them as translated text would.
  const grow = Math.ceil(message.length * PSEUDO_GROWTH);
  return `[${out}${' ~'.repeat(Math.ceil(grow / 2)).slice(0, grow)}]`;
}

/** A whole messages.json, pseudo-localized; descriptions are dropped (the browser never shows them). */
export function pseudoCatalogue(english: Record<string, { message: string }>): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(english).map(([key, { message }]) => [key, { message: pseudoMessage(message) }]));
}
