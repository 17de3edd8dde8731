import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VERDICTS, needsAction, type Verdict } from '../verdict/verdict';
import { scanSummary } from './summary';
import { badgeFor } from './badge';

const views = (...verdicts: Verdict[]) => verdicts.map((verdict) => ({ verdict, needsAction: needsAction(verdict) }));

describe('scanSummary', () => {
  it.each<[Verdict[], string, string, number]>([
    [['unreachable', 'unreachable'], 'quiet', 'good', 0],
    [['infected', 'exposed'], 'infected', 'bad', 2],
    [['exposed', 'not-checked'], 'at-risk', 'bad', 1],
    [['not-checked', 'not-checked', 'unreachable'], 'not-checked', 'warn', 2],
    [['unknown', 'mitigated'], 'unknown', 'warn', 0],
    [['mitigated', 'not-affected', 'unreachable'], 'safe', 'good', 0],
  ])('%j reads %s (%s)', (verdicts, kind, tone, count) => {
    expect(scanSummary(views(...verdicts), false)).toMatchObject({ kind, tone, count });
  });

  it('before any result it is neutral: checking, or not checked yet', () => {
    expect(scanSummary(null, true)).toMatchObject({ kind: 'checking', tone: 'neutral' });
    expect(scanSummary([], false)).toMatchObject({ kind: 'unchecked', tone: 'neutral' });
  });

  it('counts what could not be checked whatever else it says', () => {
    expect(scanSummary(views('exposed', 'not-checked', 'not-checked'), false).notChecked).toBe(2);
  });

  it('never reads good, nor shows an OK badge, while anything could not be checked or needs action', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VERDICTS), { minLength: 1, maxLength: 8 }), (verdicts) => {
        const summary = scanSummary(views(...verdicts), false);
        const doubtful = verdicts.some((v) => needsAction(v) || v === 'not-checked' || v === 'unknown');
        expect(summary.tone === 'good').toBe(!doubtful);
        expect(badgeFor(verdicts.map((verdict) => ({ verdict }))).text === 'OK').toBe(!doubtful);
      }),
    );
  });
});

describe('a summary that rests on a patch report', () => {
  it('says so', () => {
    expect(scanSummary([{ verdict: 'mitigated', needsAction: false, basis: 'patch-reported' }], false)).toMatchObject({
      kind: 'safe',
      reported: true,
    });
    expect(scanSummary([{ verdict: 'mitigated', needsAction: false, basis: 'evidence' }], false).reported).toBe(false);
  });
});
