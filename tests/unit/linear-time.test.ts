import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseServerBanner } from '../../core/verdict/banner';
import { matchBannerRules } from '../../core/verdict/banner-rules';
import { classify } from '../../core/verdict/classify';
import { wellFormed } from '../../core/text/cut-text';
import { isEmailAddress, validatePolicy } from '../../core/policy/validate';
import { findSignatures } from '../../core/verdict/signatures';
import { parseTarget } from '../../core/probe/targets';

/**
 * Nothing run on outside data may take more than linear time: a server on a
 * checked port, a policy or a stored value could otherwise freeze the
 * background, and the probe's time-out does not cover what runs after the
 * fetch. ESLint's regexp plugin checks each pattern's shape; this test runs
 * each one, and each reader, on 64 KB made of the pattern's own fragments.
 *
 * A linear pass over 64 KB takes well under a millisecond; the old idq.dll
 * pattern took seconds at 8 KB. The bound is the 50 ms, and the best of
 * three runs is taken so that a busy machine's scheduling pause is not mistaken
 * for backtracking.
 */
const SIZE = 64 * 1024;
const BOUND_MS = 50;

function bestOfThree(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
    if (best < BOUND_MS / 5) break;
  }
  return best;
}

/** An ending that most patterns refuse, so that a match must fail after the run (where backtracking happens). */
const REJECT = '\u0001 @!\n\u0000';

const fill = (fragment: string, suffix = '') => fragment.repeat(Math.ceil(SIZE / Math.max(1, fragment.length))).slice(0, SIZE) + suffix;

/** Every regular expression literal in the product's code (tests and scripts aside). */
function productPatterns(): { where: string; pattern: RegExp }[] {
  const found: { where: string; pattern: RegExp }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.(?:test|d)\.tsx?$/.test(entry.name)) {
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const walk = (node: ts.Node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(source);
            const end = text.lastIndexOf('/');
            const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
            found.push({ where: `${file}:${line + 1} ${text}`, pattern: new RegExp(text.slice(1, end), text.slice(end + 1)) });
          }
          ts.forEachChild(node, walk);
        };
        walk(source);
      }
    }
  };
  for (const dir of ['core', 'utils', 'components', 'entrypoints']) visit(dir);
  return found;
}

const charsOf = (pattern: RegExp) => [...new Set(pattern.source.replace(/\\/g, ''))];

/** Pieces to repeat: each literal run of the pattern, each pair of neighbours, each character, and a space. */
function fragmentsOf(pattern: RegExp): string[] {
  const runs = pattern.source
    .replace(/\\[bdsw]/gi, ' ')
    .replace(/\\(.)/g, '$1')
    .split(/[[\]()*+?{}|^$]+/)
    .filter(Boolean);
  const chars = charsOf(pattern);
  const pairs = runs.slice(1).map((run, i) => `${runs[i]}${run}`);
  return [...new Set([...runs, ...pairs, ...chars, ' ', 'a', '.', '@', '/'])];
}

describe('every pattern in the product runs in linear time on 64 KB of its own fragments', () => {
  const patterns = productPatterns();

  it('finds the patterns to test', () => {
    expect(patterns.length).toBeGreaterThan(10);
  });

  it.each(patterns.map((p) => [p.where, p.pattern] as const))('%s', (_where, pattern) => {
    const leads = charsOf(pattern).map((c) => `a${c}`);
    for (const fragment of fragmentsOf(pattern)) {
      // A run that only goes wrong after a lead-in, as `a@` before a domain of dots.
      const led = fragment.length === 1 ? leads.map((lead) => `${lead}${fill(fragment, REJECT)}`) : [];
      for (const input of [fill(fragment), fill(fragment, REJECT), `a${fill(fragment, '!')}`, ...led]) {
        const ms = bestOfThree(() => {
          pattern.lastIndex = 0;
          return pattern.global ? input.replace(pattern, '') : pattern.test(input);
        });
        expect(ms, `fragment ${JSON.stringify(fragment.slice(0, 20))}`).toBeLessThan(BOUND_MS);
      }
    }
  });
});

describe('readers of outside data run in linear time on adversarial 64 KB', () => {
  const cases: [string, () => unknown][] = [
    ['idq.dll page check on repeated HTMLIDQ (the old pattern was cubic here)', () => findSignatures(fill('HTMLIDQ'))],
    ['idq.dll page check on repeated HTML IDQ NULL', () => findSignatures(fill('html idq null'))],
    ['defacement check on repeated "Hacked By"', () => findSignatures(fill('Hacked  By  '))],
    ['defacement check on runs of white space', () => findSignatures(`Hacked${fill(' ')}`)],
    ['defacement check on repeated "Welcome to"', () => findSignatures(fill('Welcome to http://www.worm'))],
    ['UrlScan check on repeated near-misses', () => findSignatures(fill('Rejected-By-Url'))],
    [
      'classification of a 64 KB adversarial .ida answer',
      () =>
        classify([
          {
            path: '/',
            url: 'http://127.0.0.1/',
            status: 200,
            server: 'Microsoft-IIS/5.0',
            bodySnippet: fill('HTMLIDQ'),
            startedAt: 0,
            durationMs: 0,
          },
          {
            path: '/NULL.ida',
            url: 'http://127.0.0.1/NULL.ida',
            status: 200,
            server: 'Microsoft-IIS/5.0',
            bodySnippet: fill('HTMLIDQ'),
            startedAt: 0,
            durationMs: 0,
          },
        ]),
    ],
    ['banner of nested comments', () => parseServerBanner(fill('(')) && parseServerBanner(`IIS ${fill('((\\')}`)],
    ['banner of products', () => parseServerBanner(fill('Microsoft-IIS/5.0 '))],
    ['banner rules on a long product name', () => matchBannerRules([{ name: fill('Microsoft-IIS'), version: fill('5.0') }])],
    ['address typed by a person', () => parseTarget(fill('127.0.0.1:'))],
    ['address with a long scheme', () => parseTarget(fill('a+'))],
    ['e-mail address of dots', () => isEmailAddress(`a@${fill('.', '@')}`)],
    ['policy e-mail of dots', () => validatePolicy({ HelpDeskEmail: `a@${fill('.')}` })],
    ['text with lone surrogates', () => wellFormed(fill('\ud800'))],
  ];
  it.each(cases)('%s', (_name, run) => {
    expect(bestOfThree(run)).toBeLessThan(BOUND_MS);
  });
});
