import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; description?: string }>;

const LOCALES = readdirSync('public/_locales');
const read = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Catalogue;
const en = read('en');

/** Every source file that can show text to a person. */
function sources(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(readFileSync(full, 'utf8'));
    }
  };
  for (const dir of ['core', 'components', 'utils', 'entrypoints']) walk(dir);
  out.push(readFileSync('wxt.config.ts', 'utf8'));
  return out.join('\n');
}

const placeholders = (text: string) => [...text.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('ships English and at least one more language', () => {
    expect(LOCALES).toContain('en');
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, each filled, with the same placeholders', (locale) => {
    const other = read(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(other)) {
      expect(message.trim(), `${locale}:${key}`).not.toBe('');
      expect(placeholders(message), `${locale}:${key}`).toEqual(placeholders(en[key]?.message ?? ''));
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not copied from English', (locale) => {
    const other = read(locale);
    // Product and version names read the same in every language; their English entry says so.
    const same = Object.keys(en).filter(
      (k) => en[k]?.message === other[k]?.message && (en[k]?.message.length ?? 0) > 12 && !/not translated/i.test(en[k]?.description ?? ''),
    );
    expect(same).toEqual([]);
  });

  it('uses every key, and every key it uses exists', () => {
    const code = sources();
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
    const used = [...code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1] ?? '');
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
