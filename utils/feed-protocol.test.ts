import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedVerifyRequest, readFeedVerifyRequest } from './feed-protocol';

describe('the verifier page’s request', () => {
  it('reads back what the background writes, revoked keys included', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.array(fc.string()), fc.array(fc.string()), (feedUrl, pins, revoked) => {
        const sent = JSON.parse(JSON.stringify(feedVerifyRequest({ feedUrl, pins, revoked, held: undefined }))) as unknown;
        expect(readFeedVerifyRequest(sent)).toEqual({ feedUrl, pins, revoked, held: undefined });
      }),
    );
  });

  it('reads anything else as no request, never as a partial one', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const read = readFeedVerifyRequest({ type: 'feed-verify', input });
        if (read === undefined) return;
        expect(typeof read.feedUrl).toBe('string');
        expect(read.pins.every((p) => typeof p === 'string') && read.revoked.every((p) => typeof p === 'string')).toBe(true);
      }),
    );
    expect(readFeedVerifyRequest({ type: 'feed-verify', input: { feedUrl: 'https://x/', pins: [] } })).toBeUndefined();
  });
});
