import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';
import { BUNDLED_ADVISORIES } from '../advisories/catalog';
import { MS01_033_URL, MS01_044_URL } from '../advisories/patch-links';

describe('safeHref', () => {
  it.each([
    ['https://learn.microsoft.com/x', 'https://learn.microsoft.com/x'],
    ['http://example.org/', 'http://example.org/'],
    ['mailto:security@example.org?subject=Code%20Red', 'mailto:security@example.org?subject=Code%20Red'],
  ])('keeps %s', (input, out) => {
    expect(safeHref(input)).toBe(out);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'chrome://settings',
    'vbscript:x',
    '//evil.example/',
    'not a url',
    'https://user:pw@example.org/',
  ])('refuses %s', (input) => {
    expect(safeHref(input)).toBeUndefined();
  });

  it('accepts every link the bundled advisories and the checklist give', () => {
    const urls = [
      MS01_033_URL,
      MS01_044_URL,
      ...BUNDLED_ADVISORIES.flatMap((a) => [...a.references, ...a.remediations.flatMap((r) => (r.link ? [r.link] : []))]).map((l) => l.url),
    ];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(safeHref(url)).toBe(url);
  });
});
