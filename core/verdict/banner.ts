import { reason, type Reason } from './reasons';

/**
 * Parses an HTTP `Server` header (RFC 9110 §10.2.4: products and comments).
 * Servers are untrusted: anything that is not a clean product list comes back
 * as `garbled` with a reason, never as a guess.
 */
export interface Product {
  name: string;
  version?: string;
}

export type ParsedBanner =
  | { kind: 'absent' }
  | { kind: 'garbled'; raw: string; reason: Reason }
  | { kind: 'parsed'; raw: string; products: Product[]; comments: string[] };

/** Longer than any real banner; an 8 KB header is someone playing games. */
export const MAX_BANNER_LENGTH = 256;

const TOKEN = /^[!#$%&'*+\-.^\w`|~]+$/;

export function parseServerBanner(raw: string | null | undefined): ParsedBanner {
  if (raw === null || raw === undefined) return { kind: 'absent' };
  if (raw.trim() === '') return { kind: 'garbled', raw, reason: reason('banner_empty') };
  if (raw.length > MAX_BANNER_LENGTH) {
    return { kind: 'garbled', raw, reason: reason('banner_too_long', raw.length) };
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  if (/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/.test(raw)) {
    return { kind: 'garbled', raw, reason: reason('banner_control') };
  }
  if (/[^\u0020-\u007e\t]/.test(raw)) {
    return { kind: 'garbled', raw, reason: reason('banner_non_ascii') };
  }
  return tokenize(raw);
}

function tokenize(raw: string): ParsedBanner {
  const products: Product[] = [];
  const comments: string[] = [];
  let i = 0;
  const text = raw.trim();
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '(') {
      const end = commentEnd(text, i);
      if (end < 0) return { kind: 'garbled', raw, reason: reason('banner_comment_open') };
      comments.push(text.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (ch === ',') {
      // Fetch joins repeated headers with ", ": two Server headers disagree by definition.
      return { kind: 'garbled', raw, reason: reason('banner_several') };
    }
    const match = /^[^\s(),]+/.exec(text.slice(i));
    const word = match?.[0] ?? '';
    const [name = '', version, ...rest] = word.split('/');
    if (!TOKEN.test(name) || rest.length > 0 || (version !== undefined && !TOKEN.test(version))) {
      return { kind: 'garbled', raw, reason: reason('banner_not_product', word) };
    }
    products.push(version === undefined ? { name } : { name, version });
    i += word.length;
  }
  if (products.length === 0) return { kind: 'garbled', raw, reason: reason('banner_no_product') };
  return { kind: 'parsed', raw, products, comments };
}

/** Index of the ")" closing the comment that opens at `start`, honouring nesting and quoted pairs. */
function commentEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}
