import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { assessMapping } from './mapping';
import type { RequestEvidence } from './evidence';
import type { ProbePath } from '../probe/probe-policy';
import { VERDICTS, type Verdict } from './verdict';
import { DEFACEMENT, IDQ_PAGE, NOT_FOUND_PAGE } from '../../tests/servers/personalities';
import { reasonWords } from '../../tests/fixtures/results';

type Answer = Partial<Omit<RequestEvidence, 'path' | 'url' | 'startedAt' | 'durationMs'>>;

function req(path: ProbePath, answer: Answer): RequestEvidence {
  return { path, url: `http://127.0.0.1${path}`, startedAt: 0, durationMs: 5, ...answer };
}

const root = (server: string | null, body = '<html>home</html>', status = 200) => req('/', { status, server, bodySnippet: body });
const ida = (server: string | null, body: string, status: number) => req('/NULL.ida', { status, server, bodySnippet: body });
const mapped = (server: string | null) => ida(server, IDQ_PAGE, 200);
const unmapped = (server: string | null) => ida(server, NOT_FOUND_PAGE, 404);
const urlscan = (server: string | null) => ida(server, '<html>Rejected-By-UrlScan</html>', 404);
const forbidden = (server: string | null) => ida(server, 'Forbidden', 403);

interface Row {
  name: string;
  requests: RequestEvidence[];
  verdict: Verdict;
  rule: string;
}

const IIS5 = 'Microsoft-IIS/5.0';
const IIS4 = 'Microsoft-IIS/4.0';

const ROWS: Row[] = [
  { name: 'defaced IIS 5.0', requests: [root(IIS5, DEFACEMENT), mapped(IIS5)], verdict: 'infected', rule: 'defacement-text' },
  {
    name: 'defacement on a non-IIS banner still counts',
    requests: [root('Apache/2.4', 'HELLO! Hacked By Chinese!'), unmapped('Apache/2.4')],
    verdict: 'infected',
    rule: 'defacement-text',
  },
  { name: 'worm.com line alone', requests: [root(null, 'Welcome to http://www.worm.com !')], verdict: 'infected', rule: 'defacement-text' },
  { name: 'IIS 5.0 with the mapping', requests: [root(IIS5), mapped(IIS5)], verdict: 'exposed', rule: 'mapping-present+iis-5.0' },
  { name: 'IIS 4.0 with the mapping', requests: [root(IIS4), mapped(IIS4)], verdict: 'exposed', rule: 'mapping-present+iis-4.0' },
  { name: 'no banner, mapping answers', requests: [root(null), mapped(null)], verdict: 'exposed', rule: 'mapping-without-banner' },
  {
    name: 'IIS 5.0, .ida forbidden',
    requests: [root(IIS5), forbidden(IIS5)],
    verdict: 'possibly-vulnerable',
    rule: 'mapping-undecided+iis-5.0',
  },
  {
    name: 'IIS 4.0, .ida timed out',
    requests: [root(IIS4), req('/NULL.ida', { error: 'timeout' })],
    verdict: 'possibly-vulnerable',
    rule: 'mapping-undecided+iis-4.0',
  },
  {
    name: 'IIS 5.0, / is a 401',
    requests: [root(IIS5, 'Access denied', 401), ida(IIS5, 'Access denied', 401)],
    verdict: 'possibly-vulnerable',
    rule: 'mapping-undecided+iis-5.0',
  },
  { name: 'IIS 5.0, .ida not sent', requests: [root(IIS5)], verdict: 'possibly-vulnerable', rule: 'mapping-undecided+iis-5.0' },
  { name: 'IIS 5.0 without the mapping', requests: [root(IIS5), unmapped(IIS5)], verdict: 'mitigated', rule: 'mapping-absent+iis-5.0' },
  { name: 'IIS 5.0 behind UrlScan', requests: [root(IIS5), urlscan(IIS5)], verdict: 'mitigated', rule: 'mapping-urlscan+iis-5.0' },
  {
    name: 'IIS 5.1',
    requests: [root('Microsoft-IIS/5.1'), unmapped('Microsoft-IIS/5.1')],
    verdict: 'not-affected',
    rule: 'banner+iis-5.1',
  },
  {
    name: 'IIS 6.0 even with the mapping',
    requests: [root('Microsoft-IIS/6.0'), mapped('Microsoft-IIS/6.0')],
    verdict: 'not-affected',
    rule: 'banner+iis-6.0',
  },
  {
    name: 'IIS 10.0',
    requests: [root('Microsoft-IIS/10.0'), unmapped('Microsoft-IIS/10.0')],
    verdict: 'not-affected',
    rule: 'banner+iis-7-or-later',
  },
  {
    name: 'Apache',
    requests: [root('Apache/2.4.62 (Debian)'), unmapped('Apache/2.4.62 (Debian)')],
    verdict: 'not-affected',
    rule: 'banner+apache',
  },
  { name: 'nginx', requests: [root('nginx/1.24.0'), unmapped('nginx/1.24.0')], verdict: 'not-affected', rule: 'banner+nginx' },
  { name: 'no banner, no mapping', requests: [root(null), unmapped(null)], verdict: 'unknown', rule: 'no-banner' },
  {
    name: 'Microsoft-HTTPAPI/2.0',
    requests: [root('Microsoft-HTTPAPI/2.0', 'Bad Request', 400), unmapped('Microsoft-HTTPAPI/2.0')],
    verdict: 'unknown',
    rule: 'banner-undecided+microsoft-httpapi',
  },
  {
    name: 'odd IIS version',
    requests: [root('Microsoft-IIS/5.5'), mapped('Microsoft-IIS/5.5')],
    verdict: 'unknown',
    rule: 'banner-undecided+iis-unrecognised-version',
  },
  {
    name: 'unknown product',
    requests: [root('SuperServer/1.0'), unmapped('SuperServer/1.0')],
    verdict: 'unknown',
    rule: 'unrecognised-banner',
  },
  {
    name: 'Apache banner but idq.dll answers',
    requests: [root('Apache/2.4'), mapped('Apache/2.4')],
    verdict: 'unknown',
    rule: 'banner-contradicts-mapping+apache',
  },
  {
    name: 'conflicting products',
    requests: [root('Apache/2.4 Microsoft-IIS/5.0'), mapped('Apache/2.4 Microsoft-IIS/5.0')],
    verdict: 'unknown',
    rule: 'conflicting-banner',
  },
  { name: 'HTML in the banner', requests: [root('<script>alert(1)</script>'), unmapped(null)], verdict: 'unknown', rule: 'garbled-banner' },
  { name: '8 KB banner', requests: [root('A'.repeat(8192)), mapped(null)], verdict: 'unknown', rule: 'garbled-banner' },
  {
    name: 'two Server headers',
    requests: [root('Microsoft-IIS/5.0, Apache/2.4'), mapped(null)],
    verdict: 'unknown',
    rule: 'garbled-banner',
  },
  { name: 'control characters', requests: [root('Microsoft-IIS/5.0\u0007')], verdict: 'unknown', rule: 'garbled-banner' },
  {
    name: 'redirects hide everything',
    requests: [
      req('/', { status: 0, redirected: true, bodySnippet: '' }),
      req('/NULL.ida', { status: 0, redirected: true, bodySnippet: '' }),
    ],
    verdict: 'unknown',
    rule: 'no-banner',
  },
  {
    name: 'headers then stall still count',
    requests: [req('/', { status: 200, server: IIS5, error: 'timeout' }), mapped(IIS5)],
    verdict: 'exposed',
    rule: 'mapping-present+iis-5.0',
  },
  { name: 'refused', requests: [req('/', { error: 'refused' })], verdict: 'unreachable', rule: 'no-answer-refused' },
  // Something accepted the connection and said nothing: it may be IIS, so never "nothing answered".
  { name: 'hung', requests: [req('/', { error: 'timeout' })], verdict: 'unknown', rule: 'no-answer-timeout' },
  { name: 'TLS failure', requests: [req('/', { error: 'tls' })], verdict: 'unreachable', rule: 'no-answer-tls' },
  { name: 'network failure', requests: [req('/', { error: 'network' })], verdict: 'unreachable', rule: 'no-answer-network' },
  // A probe that was stopped, or that the browser never let out, saw nothing: "could not check", never "nothing answered".
  { name: 'aborted', requests: [req('/', { error: 'aborted' })], verdict: 'not-checked', rule: 'no-answer-aborted' },
  { name: 'blocked', requests: [req('/', { error: 'blocked' })], verdict: 'not-checked', rule: 'no-answer-blocked' },
];

describe('classify', () => {
  it.each(ROWS)('$name → $verdict', ({ requests, verdict, rule }) => {
    const result = classify(requests);
    expect(result.verdict).toBe(verdict);
    expect(result.rule).toBe(rule);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('covers every verdict', () => {
    expect(new Set(ROWS.map((r) => r.verdict))).toEqual(new Set(VERDICTS));
  });

  it('says a banner cannot show the patch level when exposed', () => {
    const result = classify([root(IIS5), mapped(IIS5)]);
    expect(reasonWords(result.reasons)).toMatch(/cannot show whether the patch is installed/);
  });

  it('never calls a missing banner safe', () => {
    for (const second of [unmapped(null), forbidden(null), urlscan(null), undefined]) {
      const requests = second ? [root(null), second] : [root(null)];
      expect(['unknown', 'exposed']).toContain(classify(requests).verdict);
    }
  });

  it('keeps the raw banner it judged by and notes when the two answers differ', () => {
    const result = classify([root('Microsoft-IIS/7.5'), unmapped('Microsoft-HTTPAPI/2.0')]);
    expect(result.banner).toBe('Microsoft-IIS/7.5');
    expect(reasonWords(result.reasons.slice(0, 1))).toMatch(/different Server headers/);
    expect(result.verdict).toBe('not-affected');
  });

  it('uses the .ida banner when / had none', () => {
    expect(classify([root(null), mapped(IIS5)]).banner).toBe(IIS5);
  });
});

describe('assessMapping', () => {
  it.each([
    [undefined, 'not-checked'],
    [mapped(IIS5), 'present'],
    [req('/NULL.ida', { status: 200, server: IIS5, bodySnippet: '<html>The IDQ file NULL.ida could not', error: 'timeout' }), 'present'],
    [unmapped(IIS5), 'absent'],
    [urlscan(IIS5), 'urlscan'],
    [forbidden(IIS5), 'undecided'],
    [ida(IIS5, 'Server Error', 500), 'undecided'],
    [req('/NULL.ida', { status: 404, server: IIS5, bodySnippet: 'Not', error: 'timeout' }), 'undecided'],
    [req('/NULL.ida', { status: 0, redirected: true }), 'undecided'],
    [req('/NULL.ida', { error: 'refused' }), 'undecided'],
    [ida(IIS5, 'IDQ NULL.ida but no html', 200), 'undecided'],
  ] as const)('%#: %j → %s', (evidence, expected) => {
    expect(assessMapping(evidence)).toBe(expected);
  });
});
