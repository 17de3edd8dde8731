import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalFingerprint, shortFingerprint } from './fingerprint';

describe('pinned fingerprints', () => {
  it('reads v4 and v6 fingerprints however gpg grouped or cased them', () => {
    expect(normalFingerprint('0123 4567 89ab CDEF 0123  4567 89AB CDEF 0123 4567')).toBe('0123456789ABCDEF0123456789ABCDEF01234567');
    expect(normalFingerprint('a'.repeat(64))).toBe('A'.repeat(64));
  });

  it('refuses key ids, other lengths and non-hex', () => {
    for (const bad of ['89ABCDEF01234567', 'G'.repeat(40), '0'.repeat(41), '', '0x' + '0'.repeat(40)])
      expect(normalFingerprint(bad)).toBeUndefined();
  });

  it('never throws, and what it accepts is bare upper-case hex', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const f = normalFingerprint(s);
        if (f !== undefined) expect(f).toMatch(/^[0-9A-F]+$/);
      }),
    );
  });

  it('shortens to the long key id, grouped', () => {
    expect(shortFingerprint('0123456789ABCDEF0123456789ABCDEF01234567')).toBe('89AB CDEF 0123 4567');
  });
});
