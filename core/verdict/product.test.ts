import { describe, expect, it } from 'vitest';
import { bannerProduct, namesIis, rulesForBanner } from './product';

describe('the product a banner names, from the banner rules\u2019 data', () => {
  it.each([
    ['Microsoft-IIS/5.0', { family: 'iis', version: '5.0' }],
    ['Microsoft-IIS/4.0', { family: 'iis', version: '4.0' }],
    ['Microsoft-IIS/6.0', { family: 'iis', version: '6.0' }],
    ['Apache/2.4.58 (Unix)', undefined],
    [null, undefined],
    ['\u0000garbled', undefined],
  ])('%s', (banner, product) => expect(bannerProduct(banner)).toEqual(product));

  it('IIS anywhere in the banner counts for "is it IIS?"; the first product decides the rule', () => {
    expect(namesIis('Foo/1.0 Microsoft-IIS/5.0')).toBe(true);
    expect(namesIis('Apache/2.4')).toBe(false);
    expect(rulesForBanner('Microsoft-IIS/5.0')[0]?.assessment).toBe('code-red-target');
  });
});
