import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
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

/** Messages a language spells exactly as English does, checked by a reader of that language. */
const SAME_WORDS: Record<string, string[]> = {
  fr: ['opt_notify_heading'], // « Notifications »
  de: ['step_optional', 'step_leftovers_scripts', 'step_leftovers_msadc'], // „$1 (optional)“, „root.exe in …“
};

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
      (k) =>
        en[k]?.message === other[k]?.message &&
        (en[k]?.message.length ?? 0) > 12 &&
        !/not translated/i.test(en[k]?.description ?? '') &&
        !SAME_WORDS[locale]?.includes(k),
    );
    expect(same).toEqual([]);
  });

  it.each(LOCALES)('%s says which way it is written, which the pages lay out by', (locale) => {
    expect(read(locale).text_direction?.message).toBe(['ar', 'fa', 'he', 'ur'].includes(locale.split('_')[0] ?? '') ? 'rtl' : 'ltr');
  });

  it('uses every key, and every key it uses exists', () => {
    const code = sources();
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
    const used = [...code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1] ?? '');
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});

/** Four or more words in a row: a sentence a person would read, not a token, a key or a file name. */
// eslint-disable-next-line regexp/no-super-linear-move -- runs on our own source files, never on outside data
const SENTENCE = /[A-Za-z][a-z\u2019']*(?:[ ,:;]+[A-Za-z][a-z\u2019']*){3}/;

/**
 * Files whose English literals are not the UI's words, each with the reason.
 * Anything else in core/, components/, utils/ or entrypoints/ must go through t().
 */
const NOT_UI_TEXT: Record<string, string> = {
  'core/probe/probe-policy.ts': 'assertions that stop a forbidden request; a developer reads them, never a user',
  'core/verdict/banner-rule-sources.ts': 'where each fact comes from, for maintainers',
  'core/advisories/from-csaf.ts': 'problems in IT\u2019s CSAF JSON, naming its fields, for the admin who wrote it',
  'core/policy/organization.ts': 'the seed organization\u2019s own words (Boston University, 2001), served as content like a policy value',
  'core/checklist/notes.ts': 'the English sentences older versions stored, so the migration can recognise them',
  'core/advisories/bundled-refs.ts': 'advisory titles generated from the bundled CSAF documents, which are in English (lang: en)',
  'core/fleet/ocsf.ts': 'OCSF events for IT\u2019s SIEM, in English like the schema\u2019s own names and captions',
  'core/feed/provider.ts': 'problems in IT\u2019s CSAF provider metadata, naming its files, for the admin who publishes it',
  'utils/feed-verifier-host.ts': 'the justification Chrome\u2019s offscreen API requires; Chrome keeps it for review and never shows it',
  'core/probe/probe.ts': 'the runtime\u2019s error detail, shown as evidence beside the translated error kind, like the browser\u2019s own',
};

function englishLiterals(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.(?:test|d)\.tsx?$/.test(entry.name) && !(file in NOT_UI_TEXT)) {
        const source = ts.createSourceFile(
          file,
          readFileSync(file, 'utf8'),
          ts.ScriptTarget.Latest,
          true,
          file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
        );
        const walk = (node: ts.Node) => {
          let text: string | undefined;
          if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) text = node.text;
          else if (node.kind === ts.SyntaxKind.JsxText) text = node.getText(source);
          if (text !== undefined && SENTENCE.test(text)) {
            found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${JSON.stringify(text.trim())}`);
          }
          ts.forEachChild(node, walk);
        };
        walk(source);
      }
    }
  };
  for (const dir of ['core', 'components', 'utils', 'entrypoints']) visit(dir);
  return found;
}

describe('no English sentence outside the catalogue', () => {
  it('core, components, utils and entrypoints put every sentence a person reads through t()', () => {
    expect(englishLiterals()).toEqual([]);
  });

  it('the check finds one when there is one', () => {
    expect(SENTENCE.test('Confirmed by a fresh check: the .ida mapping no longer answers.')).toBe(true);
    expect(SENTENCE.test('note_reported_patched')).toBe(false);
    expect(SENTENCE.test('http://127.0.0.1/NULL.ida')).toBe(false);
  });

  it('every file it lets through still exists', () => {
    for (const file of Object.keys(NOT_UI_TEXT)) expect(() => readFileSync(file), file).not.toThrow();
  });
});
