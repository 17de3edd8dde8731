import { describe, expect, it } from 'vitest';
import { answerQuestion, setStepStatus, startProgress } from '../checklist/progress';
import { confirmStep } from '../checklist/verify';
import { attestPatched } from '../checklist/attestation';
import type { ChecklistProgress } from '../checklist/types';
import { GENERIC_ORGANIZATION, SEED_ORGANIZATION } from '../policy/organization';
import { MAILTO_BODY_LIMIT, buildSecurityReport, mailtoLink } from './report';
import { safeHref } from '../text/safe-url';
import { fakeReport, fakeResult } from '../../tests/fixtures/results';

const T = 'http://127.0.0.1:8080/';
const exposed = fakeResult(T, 'exposed', {
  banner: 'Microsoft-IIS/5.0',
  mapping: 'present',
  rule: 'mapping-present+iis-5.0',
  checkedAt: Date.UTC(2026, 10, 26, 9),
  requests: [
    { path: '/', url: T, status: 200, server: 'Microsoft-IIS/5.0', startedAt: 0, durationMs: 3 },
    { path: '/NULL.ida', url: `${T}NULL.ida`, status: 200, server: 'Microsoft-IIS/5.0', startedAt: 0, durationMs: 2 },
  ],
});
const quiet = fakeResult('http://localhost/', 'unreachable');

function walked(): ChecklistProgress {
  let p = answerQuestion(answerQuestion(startProgress(T, 1), 'infection', false), 'need-iis', false);
  const refused = fakeResult(T, 'unreachable', { requests: [{ path: '/', url: T, error: 'refused', startedAt: 0, durationMs: 0 }] });
  const done = confirmStep(p, 'turn-off-iis', 'iis-off', refused, Date.UTC(2026, 10, 26, 10));
  if (!done.ok) throw new Error(done.reason.code);
  const skipped = setStepStatus(done.progress, 'update-antivirus', 'skipped', Date.UTC(2026, 10, 26, 11));
  if (!skipped.ok) throw new Error(skipped.reason.code);
  p = skipped.progress;
  return p;
}

const input = (checklists: Record<string, ChecklistProgress> = {}, org = SEED_ORGANIZATION) => ({
  org,
  scan: fakeReport([exposed, quiet], Date.UTC(2026, 10, 26, 9)),
  checklists,
  now: Date.UTC(2026, 10, 26, 12),
  version: '0.1.0',
});

describe('buildSecurityReport', () => {
  it('holds the findings, the evidence and each step with its time', () => {
    const { text } = buildSecurityReport(input({ [T]: walked() }));
    expect(text).toContain('1. http://127.0.0.1:8080/: Exposed');
    expect(text).toContain('Server header: Microsoft-IIS/5.0');
    expect(text).toContain('GET /NULL.ida: status 200, Server: Microsoft-IIS/5.0');
    expect(text).toContain('Rule: mapping-present+iis-5.0');
    expect(text).toContain('Checklist: 2 of 3 steps done or skipped');
    expect(text).toMatch(/\[done 2026-11-26T10:00:00\.000Z\] Turn IIS off \(Confirmed by a fresh check/);
    expect(text).toContain('[skipped 2026-11-26T11:00:00.000Z] Update your anti-virus and scan');
    expect(text).toContain('[to do] Tell the BU OIT Security Team what you did');
    expect(text).toContain('2. http://localhost/: Nothing answered');
  });

  it('keeps what was found and the steps after the server is switched off', () => {
    const progress = {
      ...walked(),
      found: { verdict: 'exposed' as const, banner: 'Microsoft-IIS/5.0', checkedAt: Date.UTC(2026, 10, 26, 9) },
    };
    const off = fakeResult(T, 'unreachable', { rule: 'no-answer-refused' });
    const { text } = buildSecurityReport({ ...input({ [T]: progress }), scan: fakeReport([off]) });
    expect(text).toContain('1. http://127.0.0.1:8080/: Nothing answered');
    expect(text).toContain('Found before the fix: Exposed on 2026-11-26T09:00:00.000Z, Server header: Microsoft-IIS/5.0');
    expect(text).toMatch(/\[done .*\] Turn IIS off/);
  });

  it('records an attestation and its withdrawal', () => {
    const attested = attestPatched(startProgress(T, 1), exposed, Date.UTC(2026, 10, 26, 10));
    expect(buildSecurityReport(input({ [T]: attested })).text).toContain(
      'Patch: reported installed by the user on 2026-11-26T10:00:00.000Z',
    );
  });

  it('makes a mailto: to the security contact with subject and body filled in', () => {
    const { mailto, subject } = buildSecurityReport(input({ [T]: walked() }));
    expect(subject).toBe('Code Red report: exposed');
    expect(mailto).toBeDefined();
    expect(safeHref(mailto ?? '')).toBeDefined();
    const url = new URL(mailto ?? '');
    expect(url.pathname).toBe('pcsc@bu.edu');
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')).toContain('Turn IIS off');
  });

  it('cuts a long mail body and points to the file', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      fakeResult(`http://127.0.0.1:${9000 + i}/`, 'unknown', { reasons: [{ code: 'note_legacy', args: ['x'.repeat(50)] }] }),
    );
    const { mailto, text } = buildSecurityReport({ ...input(), scan: fakeReport(many) });
    const body = new URL(mailto ?? '').searchParams.get('body') ?? '';
    expect(text.length).toBeGreaterThan(MAILTO_BODY_LIMIT);
    expect(body).toMatch(/Cut short: the full report is in the file/);
  });

  it('builds the mailto: when the security team\u2019s name carries a lone surrogate', () => {
    const org = { ...SEED_ORGANIZATION, securityTeam: { ...SEED_ORGANIZATION.securityTeam, name: 'Team \ud800' } };
    const { mailto } = buildSecurityReport(input({ [T]: walked() }, org as typeof SEED_ORGANIZATION));
    expect(mailto).toMatch(/^mailto:/);
  });

  it.each([MAILTO_BODY_LIMIT - 1, MAILTO_BODY_LIMIT, MAILTO_BODY_LIMIT + 1])(
    'never cuts the mail body inside a character (pair at %i)',
    (at) => {
      const text = `${'x'.repeat(at - 1)}\u{1F600}${'y'.repeat(MAILTO_BODY_LIMIT)}`;
      const body = new URL(mailtoLink('a@example.edu', 's', text)).searchParams.get('body') ?? '';
      expect(body.isWellFormed()).toBe(true);
      expect(body).toMatch(/Cut short/);
    },
  );

  it('gives no mailto: when nobody is known to send it to', () => {
    expect(buildSecurityReport(input({}, GENERIC_ORGANIZATION)).mailto).toBeUndefined();
  });

  it('writes the same facts as JSON', () => {
    const data = JSON.parse(buildSecurityReport(input({ [T]: walked() })).json) as {
      findings: { target: string; verdict: string; checklist?: { steps: { id: string; status: string; at?: number }[] } }[];
    };
    expect(data.findings.map((f) => [f.target, f.verdict])).toEqual([
      [T, 'exposed'],
      ['http://localhost/', 'unreachable'],
    ]);
    expect(data.findings[0]?.checklist?.steps.map((s) => [s.id, s.status])).toEqual([
      ['turn-off-iis', 'done'],
      ['update-antivirus', 'skipped'],
      ['report', 'todo'],
    ]);
  });

  it('keeps hostile banner text as plain text', () => {
    const hostile = fakeResult(T, 'unknown', { banner: '<script>alert(1)</script>' });
    const { text } = buildSecurityReport({ ...input(), scan: fakeReport([hostile]) });
    expect(text).toContain('Server header: <script>alert(1)</script>');
  });
});
