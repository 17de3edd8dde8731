import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';
import { ADVISORY_LINKS } from './next-steps';

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

  it('accepts every bundled advisory link', () => {
    for (const link of Object.values(ADVISORY_LINKS)) expect(safeHref(link.url)).toBe(link.url);
  });
});
