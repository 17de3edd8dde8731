import { describe, expect, it } from 'vitest';
import { BANNER_RULES, matchBannerRules } from './banner-rules';

describe('banner rules name their product as data', () => {
  it('every rule for the Microsoft-IIS product, and only those, is of the IIS family', () => {
    for (const rule of BANNER_RULES) {
      expect(rule.product?.family === 'iis', rule.id).toBe(rule.name.test('Microsoft-IIS'));
    }
  });

  it.each([
    ['4.0', '4.0'],
    ['5.0', '5.0'],
    ['5.1', '5.1'],
    ['6.0', '6.0'],
    ['10.0', undefined],
  ])('Microsoft-IIS/%s names version %s', (version, named) => {
    expect(matchBannerRules([{ name: 'Microsoft-IIS', version }])[0]?.rule.product?.version).toBe(named);
  });
});
