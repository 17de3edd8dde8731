/**
 * Cutting and cleaning text from outside (servers, policy, storage) so that
 * `encodeURIComponent`, `TextEncoder` and JSON never meet a lone surrogate.
 * `encodeURIComponent` throws URIError on one, and a render that throws
 * blanks the view.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces each lone surrogate with U+FFFD, as `String.prototype.toWellFormed` does. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** At most `max` UTF-16 units of `text`, never ending between the two halves of a pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
