import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extensionIdFromHash, updateManifestXml } from './update-manifest';

describe('updateManifestXml', () => {
  it('writes one app per extension, escaping what it must', () => {
    const xml = updateManifestXml([
      { extensionId: 'abcdefghijklmnopabcdefghijklmnop', version: '1.2.3', crxUrl: "https://ext.example.edu/cra.crx?a=1&b='2'" },
    ]);
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain("<app appid='abcdefghijklmnopabcdefghijklmnop'>");
    expect(xml).toContain("codebase='https://ext.example.edu/cra.crx?a=1&amp;b=&apos;2&apos;' version='1.2.3'");
  });
});

describe('extensionIdFromHash', () => {
  it('maps hex digits to a–p', () => {
    expect(extensionIdFromHash('0123456789abcdef0123456789abcdefffff')).toBe('abcdefghijklmnopabcdefghijklmnop');
  });

  it('gives 32 letters a–p for a real key', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    expect(extensionIdFromHash(createHash('sha256').update(der).digest('hex'))).toMatch(/^[a-p]{32}$/);
  });
});
