import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';
import type { Verdict } from '../verdict/verdict';
import { findingHeads } from './current';
import { fakeReport, fakeResult } from '../../tests/fixtures/results';

const report = (...verdicts: Verdict[]) =>
  findingHeads(fakeReport(verdicts.map((verdict, i) => fakeResult(`http://127.0.0.1:${i + 1}/`, verdict))), {});

describe('badgeFor', () => {
  it.each<[Verdict[], string]>([
    [['infected', 'exposed'], 'INF'],
    [['not-affected', 'exposed'], 'RISK'],
    [['possibly-vulnerable', 'unknown'], 'WARN'],
    [['unknown', 'mitigated'], '?'],
    [['not-checked', 'unreachable'], '?'],
    [['not-checked', 'not-affected'], '?'],
    [['mitigated', 'unreachable'], 'OK'],
    [['unreachable', 'unreachable'], 'OK'],
  ])('%j shows %s', (verdicts, text) => {
    expect(badgeFor(report(...verdicts)).text).toBe(text);
  });

  it('says in words what the colour says', () => {
    expect(badgeFor(report('exposed', 'not-affected', 'not-affected')).title).toBe('Code Red Advisor: 1 exposed, 2 not affected');
    expect(badgeFor(report('unreachable')).title).toMatch(/no web server answered/);
    expect(badgeFor(report('not-checked', 'unreachable')).title).toBe('Code Red Advisor: 1 could not check, 1 nothing answered');
  });

  it('shows nothing before the first check', () => {
    expect(badgeFor(null)).toMatchObject({ text: '', title: 'Code Red Advisor: not checked yet' });
  });

  it('never shows the same text for different levels of risk', () => {
    const levels: Verdict[] = ['infected', 'exposed', 'possibly-vulnerable', 'unknown'];
    const texts = levels.map((v) => badgeFor(report(v)).text);
    expect(new Set(texts).size).toBe(levels.length);
  });
});
