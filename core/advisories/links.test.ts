import { describe, expect, it } from 'vitest';
import { safeHref } from '../text/safe-url';
import { linkStatus } from './link-status';
import { MS01_033_URL, MS01_044_URL, ms01033Link, ms01044Link } from './patch-links';

describe('links to advisories and patches', () => {
  it('pages gone since 2001 are historic, archive copies say so, the rest are live', () => {
    expect(linkStatus('http://www.cert.org/advisories/CA-2001-13.html')).toBe('historic');
    expect(linkStatus('https://web.archive.org/web/2001/http://www.cert.org/')).toBe('archived');
    expect(linkStatus(MS01_033_URL)).toBe('live');
  });

  it('the patch links are https, live and labelled in words', () => {
    for (const link of [ms01033Link(), ms01044Link()]) {
      expect(safeHref(link.url)).toBe(link.url);
      expect(link.url.startsWith('https://')).toBe(true);
      expect(link.status).toBe('live');
      expect(link.label).not.toMatch(/^link_/);
    }
    expect(MS01_044_URL).toMatch(/ms01-044$/);
  });
});
