/**
 * OpenPGP fingerprints as IT pins them: v4 keys have 40 hex digits, v6 keys 64.
 * gpg prints them in groups with spaces; the comparison is on the bare,
 * upper-case digits, so a pin matches however it was copied.
 */
const FINGERPRINT = /^(?:[0-9A-F]{40}|[0-9A-F]{64})$/;

export function normalFingerprint(value: string): string | undefined {
  if (value.length > 200) return undefined;
  const bare = value.replace(/\s+/g, '').toUpperCase();
  return FINGERPRINT.test(bare) ? bare : undefined;
}

/** The fingerprint shortened for people: the last 16 digits, as gpg's long key id. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(-16).replace(/(.{4})(?=.)/g, '$1 ');
}
