import { formatDate } from '../text/format-time';
import { t, type MessageKey } from '../text/i18n';
import type { Advisory } from '../advisories/types';
import type { FeedErrorCode, Rejection, RejectionCode } from './cache';
import { shortFingerprint } from '../policy/fingerprint';

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

/** Where an advisory came from, in words. */
export function sourceText(a: Pick<Advisory, 'origin'>): string {
  return t(a.origin === 'feed' ? 'adv_source_feed' : a.origin === 'organization' ? 'adv_source_policy' : 'adv_source_bundled');
}

/** How the extension knows the advisory is what its publisher wrote. */
export function verificationText(a: Pick<Advisory, 'origin' | 'verified'>): string {
  if (a.origin === 'feed' && a.verified) return t('adv_verified_feed', shortFingerprint(a.verified.signer), formatDate(a.verified.at));
  return t(a.origin === 'organization' ? 'adv_verified_policy' : 'adv_verified_bundled');
}
