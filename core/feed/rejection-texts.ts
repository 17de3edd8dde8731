import { t, type MessageKey } from '../text/i18n';
import type { FeedErrorCode, Rejection, RejectionCode } from './cache';

// The feed's refusals and failed checks in words: only the settings page shows them, so they live apart from the words
// the popup's advisory pages use (texts.ts), and the popup does not carry them.

/** Each stored code in the user's language: the cache keeps codes, never sentences. */
const REJECTION: Record<RejectionCode, MessageKey> = {
  fetch: 'rej_fetch',
  'too-large': 'rej_too_large',
  'too-many': 'rej_too_many',
  'hash-missing': 'rej_hash_missing',
  'hash-mismatch': 'rej_hash_mismatch',
  'signature-missing': 'rej_signature_missing',
  'signature-invalid': 'rej_signature_invalid',
  'key-not-pinned': 'rej_key_not_pinned',
  csaf: 'rej_csaf',
  filename: 'rej_filename',
  older: 'rej_older',
  'changed-same-version': 'rej_changed_same_version',
  'beyond-limits': 'rej_beyond_limits',
  'key-revoked': 'rej_key_revoked',
  'key-expired': 'rej_key_expired',
  'key-withdrawn': 'rej_key_withdrawn',
};

const FEED_ERROR: Record<FeedErrorCode, MessageKey> = {
  metadata: 'feed_err_metadata',
  'no-key': 'feed_err_no_key',
  index: 'feed_err_index',
  timeout: 'feed_err_timeout',
};

/** The reason, then the particulars the check recorded (a status, a version), which are not sentences. */
export function rejectionText(r: Pick<Rejection, 'code' | 'detail'>): string {
  return r.detail ? `${t(REJECTION[r.code])} (${r.detail})` : t(REJECTION[r.code]);
}

export function feedErrorText(e: { code: FeedErrorCode; detail: string }): string {
  return e.detail ? `${t(FEED_ERROR[e.code])} (${e.detail})` : t(FEED_ERROR[e.code]);
}
