import { createMessage, readKey, readSignature, verify, type PublicKey } from 'openpgp/lightweight';
import type { Verified } from './check';

/**
 * The feed check's OpenPGP side, by OpenPGP.js (its lightweight build loads
 * curve code on demand). Only the verifier page imports this, never the popup's
 * first chunk or the background (docs/INTERNALS.md, "The advisory feed").
 */
export async function readPublicKey(armored: string): Promise<{ fingerprint: string; key: PublicKey } | undefined> {
  try {
    const key = await readKey({ armoredKey: armored });
    return key.isPrivate() ? undefined : { fingerprint: key.getFingerprint().toUpperCase(), key };
  } catch {
    return undefined;
  }
}

/** Verifies a detached armored signature over exactly these bytes, with these keys and no others. */
export async function verifyDetached(bytes: Uint8Array, armoredSignature: string, keys: readonly PublicKey[]): Promise<Verified> {
  let signature;
  try {
    signature = await readSignature({ armoredSignature });
  } catch (e) {
    return {
      kind: 'invalid',
      cause: 'bad',
      reason: `not an OpenPGP signature (${e instanceof Error ? e.message.slice(0, 120) : 'unreadable'})`,
    };
  }
  const issuers = signature.getSigningKeyIDs();
  const signer = keys.find((k) => issuers.some((id) => k.getKeys(id).length > 0));
  if (!signer) return { kind: 'unknown-key', keyId: issuers.map((id) => id.toHex().toUpperCase()).join(', ') || 'unknown' };
  try {
    const message = await createMessage({ binary: bytes });
    const result = await verify({ message, signature, verificationKeys: [signer], expectSigned: true, format: 'binary' });
    await Promise.all(result.signatures.map((s) => s.verified));
    return { kind: 'ok', fingerprint: signer.getFingerprint().toUpperCase() };
  } catch (e) {
    const reason = e instanceof Error ? e.message.slice(0, 200) : 'does not verify';
    // OpenPGP.js says why in its message ("Primary key is revoked", "… is expired"); anything else is a bad signature.
    const cause = /\brevoked\b/i.test(reason) ? 'revoked' : /\bexpired\b/i.test(reason) ? 'expired' : 'bad';
    return { kind: 'invalid', cause, reason };
  }
}

/** Lower-case hex digest by the platform's WebCrypto (browsers and Node alike). */
export async function digestHex(algorithm: 'SHA-512' | 'SHA-256', bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest(algorithm, bytes as Uint8Array<ArrayBuffer>));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}
