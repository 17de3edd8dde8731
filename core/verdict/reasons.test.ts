import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../text/i18n';
import { MAX_REASON_ARG, REASON_CODE_SHAPE, REASON_CODES, readReason, reason, reasonText, type Reason } from './reasons';
import { anyOr } from '../../tests/fuzz/hostile';

describe('reasons are codes', () => {
  it.each(REASON_CODES)('%s has words in the catalogue, and the shape the reader accepts', (code) => {
    expect(reasonText({ code, args: ['x', 'y'] }, t)).not.toBe('');
    expect(code).toMatch(REASON_CODE_SHAPE);
  });

  it('a stored code of a known family that has no words today is read, and shown as nothing', () => {
    const read = readReason({ code: 'why_from_a_later_version' });
    expect(read).toBeDefined();
    expect(reasonText(read as Reason, t)).toBe('');
  });

  it('what reason() writes, readReason reads back the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REASON_CODES),
        fc.array(fc.oneof(fc.string({ maxLength: 400 }), fc.integer()), { maxLength: 2 }),
        (code, args) => {
          const written = reason(code, ...args);
          expect(readReason(JSON.parse(JSON.stringify(written)))).toEqual(written);
          for (const a of written.args ?? []) expect(a.length).toBeLessThanOrEqual(MAX_REASON_ARG);
        },
      ),
    );
  });

  it('refuses a sentence, an unknown code and odd parameters, and cuts a long one', () => {
    expect(readReason('Nothing answered.')).toBeUndefined();
    expect(readReason({ code: 'toString' })).toBeUndefined();
    expect(readReason({ code: 'why_defaced', args: ['x'.repeat(MAX_REASON_ARG + 1)] })?.args?.[0]).toHaveLength(MAX_REASON_ARG);
    expect(readReason({ code: 'why_defaced', args: [1] })).toBeUndefined();
  });

  it('fuzz: never throws, and keeps only codes of the known families', () => {
    fc.assert(
      fc.property(anyOr({ code: 'why_defaced', args: ['/'] }), (raw) => {
        const read = readReason(raw);
        if (read) expect(read.code).toMatch(REASON_CODE_SHAPE);
      }),
    );
  });
});
