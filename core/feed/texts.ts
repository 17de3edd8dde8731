import { formatDate } from '../text/format-time';
import { t } from '../text/i18n';
import type { Advisory } from '../advisories/types';
import { shortFingerprint } from '../policy/fingerprint';

/** Where an advisory came from, in words. */
export function sourceText(a: Pick<Advisory, 'origin'>): string {
  return t(a.origin === 'feed' ? 'adv_source_feed' : a.origin === 'organization' ? 'adv_source_policy' : 'adv_source_bundled');
}

/** How the extension knows the advisory is what its publisher wrote. */
export function verificationText(a: Pick<Advisory, 'origin' | 'verified'>): string {
  if (a.origin === 'feed' && a.verified) return t('adv_verified_feed', shortFingerprint(a.verified.signer), formatDate(a.verified.at));
  return t(a.origin === 'organization' ? 'adv_verified_policy' : 'adv_verified_bundled');
}
