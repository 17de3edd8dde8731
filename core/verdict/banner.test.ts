import { describe, expect, it } from 'vitest';
import { MAX_BANNER_LENGTH, parseServerBanner } from './banner';
import { BANNER_RULE_SOURCES } from './banner-rule-sources';
import { BANNER_RULES, matchBannerRules, ruleLabel } from './banner-rules';
import { reasonWords } from '../../tests/fixtures/results';

describe('parseServerBanner', () => {
  it.each([
    ['Microsoft-IIS/5.0', [{ name: 'Microsoft-IIS', version: '5.0' }], []],
    ['Apache/2.4.62 (Debian)', [{ name: 'Apache', version: '2.4.62' }], ['Debian']],
    [
      'Apache/2.2.3 (Unix) mod_ssl/2.2.3 OpenSSL/0.9.8e',
      [
        { name: 'Apache', version: '2.2.3' },
        { name: 'mod_ssl', version: '2.2.3' },
        { name: 'OpenSSL', version: '0.9.8e' },
      ],
      ['Unix'],
    ],
    ['nginx', [{ name: 'nginx' }], []],
    ['Jetty (nested (comment) here)', [{ name: 'Jetty' }], ['nested (comment) here']],
  ])('reads %j', (raw, products, comments) => {
    expect(parseServerBanner(raw)).toEqual({ kind: 'parsed', raw, products, comments });
  });

  it('reports a missing header as absent, not as anything safe', () => {
    expect(parseServerBanner(null)).toEqual({ kind: 'absent' });
    expect(parseServerBanner(undefined)).toEqual({ kind: 'absent' });
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['x'.repeat(8 * 1024), /8192 characters/],
    ['x'.repeat(MAX_BANNER_LENGTH + 1), /characters long/],
    ['Microsoft-IIS/5.0\u0000', /control characters/],
    ['Microsoft-IIS/5.0\r\nSet-Cookie: a=b', /control characters/],
    ['Microsoft-IIS/5.0\u001b[31m', /control characters/],
    ['Microsoft-IIS/5.0 \u00e9', /ASCII/],
    ['Microsoft-IIS/5.0 \ufffd', /ASCII/],
    ['Apache/2.4, nginx/1.2', /several Server headers/],
    ['Microsoft-IIS/5.0, Microsoft-IIS/5.0', /several Server headers/],
    ['<script>alert(1)</script>', /not a product name/],
    ['Microsoft-IIS/5.0/extra', /not a product name/],
    ['Apache/ (Unix)', /not a product name/],
    ['Apache (unclosed', /not closed/],
    ['(only a comment)', /names no product/],
  ])('calls %j garbled', (raw, reason) => {
    const parsed = parseServerBanner(raw);
    expect(parsed.kind).toBe('garbled');
    if (parsed.kind === 'garbled') expect(reasonWords([parsed.reason])).toMatch(reason);
  });
});

describe('banner rules', () => {
  // Every banner in codered-facts.md §2, with the rule it must hit.
  it.each([
    ['Microsoft-IIS/4.0', 'iis-4.0', 'code-red-target'],
    ['Microsoft-IIS/5.0', 'iis-5.0', 'code-red-target'],
    ['Microsoft-IIS/5.1', 'iis-5.1', 'not-affected'],
    ['Microsoft-IIS/6.0', 'iis-6.0', 'not-affected'],
    ['Microsoft-IIS/7.0', 'iis-7-or-later', 'not-affected'],
    ['Microsoft-IIS/7.5', 'iis-7-or-later', 'not-affected'],
    ['Microsoft-IIS/8.0', 'iis-7-or-later', 'not-affected'],
    ['Microsoft-IIS/8.5', 'iis-7-or-later', 'not-affected'],
    ['Microsoft-IIS/10.0', 'iis-7-or-later', 'not-affected'],
    ['Microsoft-IIS/5.00', 'iis-unrecognised-version', 'undecided'],
    ['Microsoft-IIS', 'iis-unrecognised-version', 'undecided'],
    ['microsoft-iis/5.0', 'iis-5.0', 'code-red-target'],
    ['Microsoft-HTTPAPI/2.0', 'microsoft-httpapi', 'undecided'],
    ['nginx/1.24.0', 'nginx', 'not-affected'],
    ['Apache/2.4.62 (Debian)', 'apache', 'not-affected'],
    ['lighttpd/1.4.69', 'lighttpd', 'not-affected'],
  ])('%s matches %s', (raw, id, assessment) => {
    const parsed = parseServerBanner(raw);
    if (parsed.kind !== 'parsed') throw new Error(`did not parse: ${raw}`);
    const [first] = matchBannerRules(parsed.products);
    expect(first?.rule.id).toBe(id);
    expect(first?.rule.assessment).toBe(assessment);
  });

  it('matches nothing for a product it does not know', () => {
    expect(matchBannerRules([{ name: 'MyCustomServer', version: '1.0' }])).toEqual([]);
  });

  it('gives every rule a unique id, a label and a dated source', () => {
    const ids = BANNER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(BANNER_RULE_SOURCES).sort()).toEqual([...ids].sort());
    for (const rule of BANNER_RULES) {
      expect(ruleLabel(rule).length).toBeGreaterThan(2);
      expect(BANNER_RULE_SOURCES[rule.id]).toMatch(/\(\d{4}-\d{2}-\d{2}\)$/);
    }
  });
});
