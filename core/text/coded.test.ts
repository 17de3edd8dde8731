import { describe, expect, it } from 'vitest';
import { readCoded } from './coded';

const isCode = (c: string): c is 'a_code' => c === 'a_code';

describe('readCoded', () => {
  it('reads a known code with string parameters, cut to length, and nothing else', () => {
    expect(readCoded({ code: 'a_code' }, isCode, 1, 5)).toEqual({ code: 'a_code' });
    expect(readCoded({ code: 'a_code', args: ['123456789'] }, isCode, 1, 5)).toEqual({ code: 'a_code', args: ['12345'] });
    expect(readCoded({ code: 'other' }, isCode, 1, 5)).toBeUndefined();
    expect(readCoded({ code: 'a_code', args: ['x', 'y'] }, isCode, 1, 5)).toBeUndefined();
    expect(readCoded({ code: 'a_code', args: [1] }, isCode, 1, 5)).toBeUndefined();
    // eslint-disable-next-line no-sparse-arrays -- a sparse array is what a corrupted store can hold
    expect(readCoded({ code: 'a_code', args: [, 'x'] }, isCode, 2, 5)).toBeUndefined();
    for (const bad of ['a_code', null, [], 3]) expect(readCoded(bad, isCode, 1, 5)).toBeUndefined();
  });
});
