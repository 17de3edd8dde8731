import { cutText } from '../text/cut-text';
import { BODY_EXCERPT_CHARS, type BodySignature } from './evidence';

/**
 * Body signatures. Each is a fact from codered-facts.md §3 with its source.
 *
 * Bodies come from servers, so every check here is plain string scanning:
 * `indexOf` over a lower-cased copy, linear in the body's length. The regular
 * expression this replaced put an unbounded wildcard between HTML and IDQ and
 * another between IDQ and NULL.ida; it backtracked cubically on a body of
 * repeated `HTMLIDQ`, and a local process could freeze the background with one
 * answer (signatures.test.ts keeps the old meaning, linear-time.test.ts the speed).
 */

// The vocabulary and the excerpt length live in evidence.ts, with the rest of what is stored, so that the popup's
// first paint can read stored evidence without loading the scanner below.
export { BODY_EXCERPT_CHARS, BODY_SIGNATURES, type BodySignature } from './evidence';

/**
 * Lower-cases the text as a case-insensitive regular expression without the
 * `u` flag compares it: A–Z fold, and no other character becomes ASCII. The
 * native `toLowerCase` is many times faster and differs only for two
 * characters that it folds to ASCII letters (U+212A KELVIN SIGN to "k", U+0130
 * to "i" plus a combining dot); a body holding either takes the exact path.
 */
export function asciiLower(text: string): string {
  if (!text.includes('\u212a') && !text.includes('\u0130')) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** What `\s` matches in JavaScript: ASCII white space, no-break space, BOM and the Unicode space separators. */
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const isSpace = (code: number) => SPACES.has(code);

/**
 * Whether `words` appear in order, separated by one or more whitespace
 * characters (the old `\s+`), in lower-cased `text`. Each candidate start is
 * looked at once and each gap is crossed once: linear.
 */
function hasPhrase(text: string, words: readonly string[]): boolean {
  const [first, ...rest] = words;
  if (first === undefined) return true;
  // A word missing from the whole body settles it in one pass each, before any candidate is looked at.
  if (!words.every((word) => text.includes(word))) return false;
  let from = 0;
  for (;;) {
    const start = text.indexOf(first, from);
    if (start < 0) return false;
    let at = start + first.length;
    let ok = true;
    for (const word of rest) {
      const gapStart = at;
      while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      if (at === gapStart || !text.startsWith(word, at)) {
        ok = false;
        break;
      }
      at += word.length;
    }
    if (ok) return true;
    from = start + 1;
  }
}

/** Code Red's defacement, as quoted from McAfee AVERT (2001-07-19): "Hacked By Chinese!" and "Welcome to http://www.worm.com". */
const DEFACEMENT_PHRASES: readonly (readonly string[])[] = [
  ['hacked', 'by', 'chinese!'],
  ['welcome', 'to', 'http://www.worm.com'],
];

/** Whether the strings occur in this order, each after the end of the one before. */
function inOrder(text: string, parts: readonly string[]): boolean {
  let at = 0;
  for (const part of parts) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

/**
 * idq.dll's error page for a missing .ida file: Nessus 10695 looks for HTML,
 * then IDQ, then NULL.ida, anywhere in the page and in that order. Taking the
 * earliest occurrence of each part in turn finds them whenever they are there,
 * so this is that test, in one pass.
 */
const IDQ_ERROR_PARTS = ['html', 'idq', 'null.ida'] as const;

/** UrlScan's rejection page: Nikto test 000498 matches `Rejected-By-UrlScan`. */
const URLSCAN_MARK = 'rejected-by-urlscan';

/** Every signature in one body, each found in time linear in the body's length. */
export function findSignatures(body: string | undefined): BodySignature[] {
  if (!body) return [];
  const text = asciiLower(body);
  const found: BodySignature[] = [];
  if (DEFACEMENT_PHRASES.some((words) => hasPhrase(text, words))) found.push('defacement');
  if (inOrder(text, IDQ_ERROR_PARTS)) found.push('idq-error-page');
  if (text.includes(URLSCAN_MARK)) found.push('urlscan-rejection');
  return found;
}

/** The signatures a request carries: found by the probe in the whole body, or (older stored results) in the excerpt kept. */
export function signaturesOf(request: { signatures?: readonly BodySignature[]; bodySnippet?: string }): readonly BodySignature[] {
  return request.signatures ?? findSignatures(request.bodySnippet);
}

/** The first characters of a body, never cut inside a surrogate pair. */
export function bodyExcerpt(body: string): string {
  return cutText(body, BODY_EXCERPT_CHARS);
}
