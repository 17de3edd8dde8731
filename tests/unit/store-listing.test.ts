import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Each language the extension ships has a store listing in store/, in the words the extension itself uses.
const LOCALES = readdirSync('public/_locales');
const VERDICT_LABELS = [
  'verdict_infected_label',
  'verdict_exposed_label',
  'verdict_possibly_vulnerable_label',
  'verdict_mitigated_label',
  'verdict_not_affected_label',
  'verdict_unknown_label',
  'verdict_unreachable_label',
  'verdict_not_checked_label',
];

/** The summary: the bold label's line and the next, up to the blank line. */
function summary(listing: string): string {
  const start = listing.indexOf(':**');
  const end = listing.indexOf('\n\n', start);
  return listing
    .slice(start + 3, end)
    .split('\n')
    .map((l) => l.trim())
    .join(' ')
    .trim();
}

describe.each(LOCALES)('store/listing-%s.md', (locale) => {
  const listing = readFileSync(`store/listing-${locale}.md`, 'utf8');
  const catalogue = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const flat = listing.replace(/\s+/g, ' ').toLowerCase();

  it('has a summary the stores accept (132 characters at most)', () => {
    expect(summary(listing).length).toBeGreaterThan(40);
    expect(summary(listing).length).toBeLessThanOrEqual(132);
  });

  it('names every verdict as the extension does', () => {
    for (const key of VERDICT_LABELS) expect(flat, key).toContain((catalogue[key]?.message ?? key).toLowerCase());
  });

  it('links the privacy policy and names the only two requests', () => {
    expect(listing).toContain('(../docs/privacy.md)');
    expect(listing).toContain('`GET /`');
    expect(listing).toContain('`GET /NULL.ida`');
  });
});
