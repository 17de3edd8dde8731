import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_EXCERPT_CHARS, bodyExcerpt, findSignatures } from './signatures';

// The patterns the scanner replaced, kept here only as the reference meaning.
// They are fine on the short strings below, and never run on a server's answer.
const REFERENCE = {
  defacement: [/Hacked\s+By\s+Chinese!/i, /Welcome\s+to\s+http:\/\/www\.worm\.com/i],
  idq: /HTML[\s\S]*IDQ[\s\S]*NULL\.ida/i,
  urlscan: /Rejected-By-UrlScan/i,
};

function referenceSignatures(body: string): string[] {
  const found: string[] = [];
  if (REFERENCE.defacement.some((p) => p.test(body))) found.push('defacement');
  if (REFERENCE.idq.test(body)) found.push('idq-error-page');
  if (REFERENCE.urlscan.test(body)) found.push('urlscan-rejection');
  return found;
}

/** Bodies made of the signatures' own pieces, in any case and order, with odd white space and Unicode between. */
const pieces = fc.constantFrom(
  'HTML',
  'html',
  'IDQ',
  'idq',
  'NULL.ida',
  'null.IDA',
  'NULL',
  '.ida',
  'Hacked',
  'hacked',
  'By',
  'Chinese!',
  'CHINESE!',
  'Welcome',
  'to',
  'http://www.worm.com',
  'HTTP://WWW.WORM.COM',
  'Rejected-By-UrlScan',
  'Rejected-By',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  '\u3000',
  'İ',
  '\u212a',
  'HAC\u212aED',
  'ı',
  'K',
  'x',
  '<',
  '>',
);
const bodies = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('findSignatures', () => {
  it('finds each signature in a real page', () => {
    expect(findSignatures('<HTML>The IDQ file NULL.ida could not be found.</HTML>')).toEqual(['idq-error-page']);
    expect(findSignatures('<h1>HELLO! Welcome to http://www.worm.com ! Hacked By Chinese!</h1>')).toEqual(['defacement']);
    expect(findSignatures('<p>Rejected-By-UrlScan</p>')).toEqual(['urlscan-rejection']);
    expect(findSignatures(undefined)).toEqual([]);
  });

  it('means exactly what the old regular expressions meant', () => {
    fc.assert(
      fc.property(fc.oneof(bodies, fc.string({ maxLength: 60 })), (body) => {
        expect(findSignatures(body)).toEqual(referenceSignatures(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and answers only from its vocabulary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (body) => {
        for (const s of findSignatures(body)) expect(['defacement', 'idq-error-page', 'urlscan-rejection']).toContain(s);
      }),
    );
  });
});

describe('bodyExcerpt', () => {
  it('keeps at most the excerpt, and never half a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2 * BODY_EXCERPT_CHARS }), (body) => {
        const excerpt = bodyExcerpt(body);
        expect(excerpt.length).toBeLessThanOrEqual(BODY_EXCERPT_CHARS);
        expect(body.startsWith(excerpt)).toBe(true);
        if (body.isWellFormed()) expect(excerpt.isWellFormed()).toBe(true);
      }),
    );
  });
});
