import { describe, expect, it } from 'vitest';
import { SEED_ORGANIZATION, GENERIC_ORGANIZATION } from '../policy/organization';
import { safeHref } from '../text/safe-url';
import type { Verdict } from '../verdict/verdict';
import { stepContent } from './steps';
import { nextQuestion, stepsFor } from './tree';
import { STEP_IDS, type Answers, type StepId } from './types';

const exposed = { verdict: 'exposed' as Verdict };

describe('the decision tree', () => {
  it.each<[string, Answers, Verdict, string | undefined, StepId[]]>([
    ['first asks about infection', {}, 'exposed', 'infection', []],
    ['then whether IIS is needed', { infection: false }, 'exposed', 'need-iis', []],
    [
      'does not need IIS: turn it off',
      { infection: false, 'need-iis': false },
      'exposed',
      undefined,
      ['turn-off-iis', 'update-antivirus', 'report'],
    ],
    [
      'needs IIS: patch, unmap, subscribe',
      { infection: false, 'need-iis': true },
      'possibly-vulnerable',
      undefined,
      ['patch', 'remove-mappings', 'subscribe', 'update-antivirus', 'report'],
    ],
    [
      'signs of infection: clean-up path',
      { infection: true },
      'exposed',
      undefined,
      ['disconnect', 'patch', 'run-cleaner', 'check-leftovers', 'update-antivirus', 'report'],
    ],
    [
      'a defaced server skips the infection question',
      {},
      'infected',
      undefined,
      ['disconnect', 'patch', 'run-cleaner', 'check-leftovers', 'update-antivirus', 'report'],
    ],
    [
      'a defaced server ignores a "no"',
      { infection: false, 'need-iis': false },
      'infected',
      undefined,
      ['disconnect', 'patch', 'run-cleaner', 'check-leftovers', 'update-antivirus', 'report'],
    ],
  ])('%s', (_name, answers, verdict, question, steps) => {
    expect(nextQuestion(answers, { verdict })).toBe(question);
    expect(stepsFor(answers, { verdict })).toEqual(steps);
  });

  it('ends every path in the report', () => {
    for (const answers of [{ infection: true }, { infection: false, 'need-iis': true }, { infection: false, 'need-iis': false }]) {
      expect(stepsFor(answers, exposed).at(-1)).toBe('report');
    }
  });
});

describe('step content', () => {
  const ALL = STEP_IDS;

  it.each(ALL)('%s has a title, words and only safe links', (id) => {
    const step = stepContent(id, SEED_ORGANIZATION);
    expect(step.id).toBe(id);
    expect(step.title.length).toBeGreaterThan(5);
    expect(step.body.length).toBeGreaterThan(0);
    for (const link of step.links ?? []) expect(safeHref(link.url)).toBe(link.url);
  });

  it('verifies turning IIS off and removing the mappings by probing, and asks the person about the patch', () => {
    expect(stepContent('turn-off-iis', SEED_ORGANIZATION).verify).toBe('iis-off');
    expect(stepContent('remove-mappings', SEED_ORGANIZATION).verify).toBe('mapping-absent');
    expect(stepContent('patch', SEED_ORGANIZATION).attest).toBe('patched');
  });

  it('gives guides for IIS 4 on NT 4.0 and IIS 5 on Windows 2000, with the service names', () => {
    const step = stepContent('turn-off-iis', SEED_ORGANIZATION);
    expect(step.guides?.map((g) => g.title)).toEqual(['Windows 2000 (IIS 5.0)', 'Windows NT 4.0 (IIS 4.0)']);
    expect(step.commands).toEqual(['net stop w3svc', 'net stop iisadmin /y']);
    expect(step.guides?.flatMap((g) => g.steps).join(' ')).toMatch(/Startup type to Disabled/);
  });

  it('says to run the cleaner twice and marks its dead page historic', () => {
    const step = stepContent('run-cleaner', SEED_ORGANIZATION);
    expect(step.title).toMatch(/twice/);
    expect(step.links?.find((l) => l.url.includes('redfix'))?.status).toBe('historic');
  });

  it('names the leftovers of Code Red II and advises reinstalling', () => {
    const text = JSON.stringify(stepContent('check-leftovers', SEED_ORGANIZATION));
    expect(text).toMatch(/root\.exe/);
    expect(text).toMatch(/MSADC/);
    expect(text).toMatch(/explorer\.exe/);
    expect(text).toMatch(/reinstall/);
  });

  it('uses the organization, and generic words without one', () => {
    expect(stepContent('update-antivirus', SEED_ORGANIZATION).body.join(' ')).toMatch(/McAfee VirusScan.*BU login name and password/);
    expect(stepContent('report', SEED_ORGANIZATION).body.join(' ')).toMatch(/pcsc@bu\.edu/);
    expect(stepContent('report', GENERIC_ORGANIZATION).title).toBe('Tell your security team what you did');
    expect(stepContent('update-antivirus', GENERIC_ORGANIZATION).body.join(' ')).not.toMatch(/Boston/);
  });
});
