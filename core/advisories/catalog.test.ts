import * as basic from '@secvisogram/csaf-validator-lib/basic.js';
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ADVISORIES, BUNDLED_CSAF, catalogFor } from './catalog';
import { AdvisoryFormatError, advisoryFromCsaf } from './from-csaf';

interface Finding {
  message: string;
  instancePath: string;
}

/** The CSAF 2.0 schema plus the mandatory tests (§6.1), with every error named by document and field. */
async function csafErrors(name: string, doc: unknown): Promise<string[]> {
  const result = (await validateStrict(Object.values(basic), doc)) as { tests: { name: string; errors?: Finding[] }[] };
  return result.tests.flatMap((t) => (t.errors ?? []).map((e) => `${name}: ${e.instancePath || '/'} ${e.message} (${t.name})`));
}

const ms01033 = BUNDLED_CSAF['ms01-033.json'] as { document: Record<string, unknown> };

describe('bundled advisories', () => {
  it.each(Object.entries(BUNDLED_CSAF))('%s is valid CSAF 2.0 (schema and mandatory tests)', async (name, doc) => {
    expect(await csafErrors(name, doc)).toEqual([]);
  });

  it('holds the advisories the product promises', () => {
    expect(BUNDLED_ADVISORIES.map((a) => a.id).sort()).toEqual([
      'BU-2001.07',
      'BU-2001.09',
      'CA-2001-19',
      'CA-2001-23',
      'IN-2001-09',
      'MS01-033',
      'MS01-044',
    ]);
  });

  it('gives each advisory a title, dates, affected products, a description and a remediation', () => {
    for (const a of BUNDLED_ADVISORIES) {
      expect(a.title.length, a.id).toBeGreaterThan(10);
      expect(Date.parse(a.initialReleaseDate), a.id).toBeLessThanOrEqual(Date.parse(a.currentReleaseDate));
      expect(
        a.affected.map((p) => p.version),
        a.id,
      ).toEqual(['4.0', '5.0']);
      expect(a.description.length, a.id).toBeGreaterThan(40);
      expect(a.remediations.length, a.id).toBeGreaterThan(0);
      expect(a.cves, a.id).toEqual(['CVE-2001-0500']);
    }
  });

  it('never shows a dead page as live', () => {
    const links = BUNDLED_ADVISORIES.flatMap((a) => [...a.references, ...a.remediations.flatMap((r) => (r.link ? [r.link] : []))]);
    const byUrl = new Map(links.map((l) => [l.url, l.status]));
    expect(byUrl.get('http://www.cert.org/advisories/CA-2001-13.html')).toBe('historic');
    expect(byUrl.get('http://www.microsoft.com/technet/itsolutions/security/tools/redfix.asp')).toBe('historic');
    expect(byUrl.get('https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033')).toBe('live');
    for (const l of links.filter((x) => x.url.startsWith('http://www.cert.org/'))) expect(l.status).toBe('historic');
  });

  it('reads severity where the publisher gave one', () => {
    expect(BUNDLED_ADVISORIES.find((a) => a.id === 'MS01-033')?.severity).toBe('Critical');
    expect(BUNDLED_ADVISORIES.find((a) => a.id === 'CA-2001-19')?.severity).toBeUndefined();
  });
});

describe('a broken advisory', () => {
  const broken = (mutate: (d: Record<string, unknown>) => void) => {
    const copy = structuredClone(ms01033);
    mutate(copy.document);
    return copy;
  };

  it('fails full validation with the document and field named', async () => {
    const doc = broken((d) => delete (d.publisher as Record<string, unknown>).namespace);
    const errors = await csafErrors('broken.json', doc);
    expect(errors.join('\n')).toMatch(/^broken\.json: \/document\/publisher .*namespace/m);
  });

  it.each<[string, (d: Record<string, unknown>) => void, RegExp]>([
    ['no title', (d) => delete d.title, /^broken\.json: \/document\/title must be a non-empty string$/],
    ['wrong version', (d) => (d.csaf_version = '1.2'), /\/document\/csaf_version must be "2\.0"/],
    ['bad date', (d) => ((d.tracking as Record<string, unknown>).initial_release_date = 'yesterday'), /initial_release_date is not a date/],
    [
      'a reference that is not a URL',
      (d) => (d.references as { summary: string; url: string }[]).splice(0, 1, { summary: 'x', url: 'not a url' }) as unknown,
      /\/document\/references\/0\/url is not a URL/,
    ],
  ])('is refused by the runtime reader when it has %s', (_name, mutate, message) => {
    expect(() => advisoryFromCsaf(broken(mutate), 'broken.json')).toThrow(AdvisoryFormatError);
    expect(() => advisoryFromCsaf(broken(mutate), 'broken.json')).toThrow(message);
  });

  it('with one javascript: reference, keeps the advisory, leaves that link out and says what was refused (issue 18)', () => {
    const doc = broken((d) =>
      (d.references as { summary: string; url: string }[]).splice(0, 1, { summary: 'x', url: 'javascript:alert(1)' }),
    );
    const advisory = advisoryFromCsaf(doc, 'broken.json');
    expect(advisory.id).toBe('MS01-033');
    expect(advisory.references.map((r) => r.url)).not.toContain('javascript:alert(1)');
    expect(advisory.references).toHaveLength((ms01033.document.references as unknown[]).length - 1);
    expect(advisory.refusedLinks).toEqual([{ path: '/document/references/0/url', scheme: 'javascript:' }]);
  });

  it('is refused when it is not an object at all', () => {
    expect(() => advisoryFromCsaf('nope', 'x.json')).toThrow('x.json: / must be an object');
    expect(() => advisoryFromCsaf({ document: {} }, 'x.json')).toThrow('x.json: /document/csaf_version must be "2.0"');
  });
});

describe('catalogFor', () => {
  it('keeps the seed organization\u2019s advisories only for that organization, and adds IT\u2019s', () => {
    const first = BUNDLED_ADVISORIES[0];
    if (!first) throw new Error('empty catalog');
    const extra = { ...first, id: 'EXAMPLE-1', origin: 'organization' as const };
    expect(catalogFor(['BU-2001.09', 'BU-2001.07'], []).map((a) => a.id)).toContain('BU-2001.09');
    const other = catalogFor([], [extra]).map((a) => a.id);
    expect(other).not.toContain('BU-2001.09');
    expect(other.at(-1)).toBe('EXAMPLE-1');
    expect(catalogFor([], [{ ...extra, id: 'MS01-033' }]).filter((a) => a.id === 'MS01-033')).toHaveLength(1);
  });
});
