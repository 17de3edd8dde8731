import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { privacyPage } from './privacy-page';

describe('privacyPage', () => {
  const page = privacyPage(readFileSync('docs/privacy.md', 'utf8'));

  it('renders docs/privacy.md with its headings and its table, as a page with no script', () => {
    expect(page).toContain('<h1>Privacy policy</h1>');
    expect(page).toContain('<h2>What it sends, and to whom</h2>');
    expect(page).toContain('<table>');
    expect(page).toContain('<code>GET /NULL.ida</code>');
    expect(page).not.toMatch(/<script|\son[a-z]+=/i);
  });
});
