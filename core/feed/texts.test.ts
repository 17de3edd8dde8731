import { describe, expect, it } from 'vitest';
import { REJECTION_CODES } from './cache';
import { sourceText, verificationText } from './texts';
import { feedErrorText, rejectionText } from './rejection-texts';

describe('feed texts', () => {
  it('give every rejection code its own words, with the particulars after', () => {
    const texts = REJECTION_CODES.map((code) => rejectionText({ code }));
    expect(new Set(texts).size).toBe(REJECTION_CODES.length);
    expect(rejectionText({ code: 'older', detail: 'version 1 is older than 2 already held' })).toBe(
      'Older than the version already held (a rollback) (version 1 is older than 2 already held)',
    );
    expect(feedErrorText({ code: 'no-key', detail: 'x' })).toBe('No pinned key could be read from the provider (x)');
  });

  it('say where an advisory came from and how it was checked', () => {
    expect(sourceText({ origin: 'feed' })).toBe('Your IT department’s advisory feed');
    expect(sourceText({ origin: 'organization' })).toBe('Your IT department’s policy');
    expect(
      verificationText({ origin: 'feed', verified: { signer: '0123456789ABCDEF0123456789ABCDEF01234567', at: Date.UTC(2026, 10, 26) } }),
    ).toBe('Signature verified with your IT department’s key 89AB CDEF 0123 4567 on November 26, 2026');
    expect(verificationText({ origin: 'bundled' })).toBe('Shipped inside the extension, not downloaded');
  });
});
