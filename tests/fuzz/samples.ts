import { answerQuestion, startProgress } from '../../core/checklist/progress';
import { attestPatched } from '../../core/checklist/attestation';
import type { ChecklistProgress } from '../../core/checklist/types';
import type { ScanReport, TargetResult } from '../../core/verdict/evidence';
import { IDQ_PAGE } from '../servers/personalities';

/** Valid stored values as the extension writes them: the starting points for mutation. */
export const T = 'http://127.0.0.1:8080/';

export const exposedFinding: TargetResult = {
  target: T,
  verdict: 'exposed',
  rule: 'mapping-present+iis-5.0',
  banner: 'Microsoft-IIS/5.0',
  mapping: 'present',
  reasons: [{ code: 'why_says_it_is', args: ['Microsoft IIS 5.0'] }],
  requests: [
    {
      path: '/',
      url: T,
      status: 200,
      server: 'Microsoft-IIS/5.0',
      bodySnippet: '<html>home</html>',
      signatures: [],
      startedAt: 1_700_000_000_000,
      durationMs: 3,
    },
    {
      path: '/NULL.ida',
      url: `${T}NULL.ida`,
      status: 200,
      server: 'Microsoft-IIS/5.0',
      bodySnippet: IDQ_PAGE,
      signatures: ['idq-error-page'],
      startedAt: 1_700_000_000_003,
      durationMs: 2,
    },
  ],
  checkedAt: 1_700_000_000_000,
  durationMs: 5,
};

export const refusedFinding: TargetResult = {
  target: 'http://localhost/',
  verdict: 'unreachable',
  rule: 'no-answer-refused',
  banner: null,
  mapping: 'not-checked',
  reasons: [{ code: 'error_refused' }],
  requests: [
    { path: '/', url: 'http://localhost/', error: 'refused', errorDetail: 'Failed to fetch', startedAt: 1_700_000_000_000, durationMs: 1 },
  ],
  checkedAt: 1_700_000_000_000,
  durationMs: 1,
};

export const validReport: ScanReport = {
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_001_000,
  trigger: 'schedule',
  results: [exposedFinding, refusedFinding],
};

export function validProgress(): ChecklistProgress {
  const answered = answerQuestion(
    answerQuestion(startProgress(T, 1_700_000_000_000, exposedFinding), 'infection', false),
    'need-iis',
    true,
  );
  return attestPatched(answered, exposedFinding, 1_700_000_002_000);
}

export const validChecklists = (): Record<string, ChecklistProgress> => ({ [T]: validProgress() });
