import { cutText } from '../text/cut-text';
import { readCoded } from '../text/coded';
import type { MessageKey, Translate } from '../text/i18n';

/**
 * Why a verdict was reached, as a message code and its parameters. Stored in
 * lastScan as codes, never as sentences, so a finding checked in one language
 * reads in the language the person uses when they look at it.
 */
export const REASON_CODES = [
  'why_defaced',
  'why_two_banners',
  'why_no_name',
  'why_no_name_cannot_tell',
  'why_unrecognised',
  'why_conflicting',
  'why_says_it_is',
  'why_banner_no_patch',
  'why_banner_changed',
  'why_undecided',
  'map_present',
  'map_urlscan',
  'map_absent',
  'map_undecided',
  'map_not_checked',
  'error_refused',
  'error_timeout',
  'error_tls',
  'error_network',
  'error_aborted',
  'error_blocked',
  'banner_empty',
  'banner_too_long',
  'banner_control',
  'banner_non_ascii',
  'banner_comment_open',
  'banner_several',
  'banner_not_product',
  'banner_no_product',
  // A sentence a version before lastScan v4 stored, shown as it was written.
  'note_legacy',
] as const satisfies readonly MessageKey[];

export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  /** Parameters for $1: a path, a product name, a banner word, a length. */
  args?: string[];
}

/** The most reasons one finding keeps, and the longest parameter: the writer (the probe) and the reader share them. */
export const MAX_REASONS = 20;
export const MAX_REASON_ARG = 256;

/**
 * The families every reason code belongs to (reasons.test.ts checks each code above fits). The reader checks a stored
 * code against this rather than against the list: the list would weigh on the popup's first paint, and a code of a
 * known family that today's catalogue has no words for is simply not shown (reasonText gives '').
 */
export const REASON_CODE_SHAPE = /^(?:why|map|error|banner)_[a-z_]{2,24}$|^note_legacy$/;

export function reason(code: ReasonCode, ...args: (string | number)[]): Reason {
  return args.length === 0 ? { code } : { code, args: args.map((a) => cutText(String(a), MAX_REASON_ARG)) };
}

/** The reason in words, or '' for a code the catalogue has no words for (the translator then answers with the code). */
export function reasonText(r: Reason, translate: Translate): string {
  const text = translate(r.code, ...(r.args ?? []));
  return text === r.code ? '' : text;
}

/** Reads a stored reason: a code of a known family with at most two string parameters, or undefined. */
export function readReason(value: unknown): Reason | undefined {
  return readCoded(value, (code): code is ReasonCode => REASON_CODE_SHAPE.test(code), 2, MAX_REASON_ARG);
}
