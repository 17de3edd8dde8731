import { describe, expect, it } from 'vitest';
import { BUNDLED_REFS } from './bundled-refs';
import { BUNDLED_ADVISORIES, toRef } from './catalog';
import { selectInForce } from './selection';

describe('the bundle index the background carries', () => {
  it('is what the CSAF documents say (run npm run advisory-refs after changing them)', () => {
    expect(BUNDLED_REFS).toEqual(BUNDLED_ADVISORIES.map(toRef));
  });

  it('keeps the organization\u2019s own advisories only while it is the one in force', () => {
    expect(selectInForce([{ id: 'BU-2001.09' }, { id: 'MS01-033' }], [], []).map((a) => a.id)).toEqual(['MS01-033']);
  });
});
