import type { TargetResult } from '../verdict/evidence';
import { t } from '../text/i18n';
import type { Answers, Question, QuestionId, StepId } from './types';

/** The question's words, in the browser's language. */
export function question(id: QuestionId): Question {
  return id === 'infection'
    ? { id, text: t('q_infection_text'), help: t('q_infection_help'), yes: t('q_infection_yes'), no: t('q_infection_no') }
    : { id, text: t('q_need_iis_text'), help: t('q_need_iis_help'), yes: t('q_need_iis_yes'), no: t('q_need_iis_no') };
}

const PATHS = {
  infected: ['disconnect', 'patch', 'run-cleaner', 'check-leftovers', 'update-antivirus', 'report'],
  keepIis: ['patch', 'remove-mappings', 'subscribe', 'update-antivirus', 'report'],
  turnOff: ['turn-off-iis', 'update-antivirus', 'report'],
} as const satisfies Record<string, readonly StepId[]>;

/** The answers in force: a defaced server answers the infection question itself. */
export function effectiveAnswers(answers: Answers, finding: Pick<TargetResult, 'verdict'>): Answers {
  return finding.verdict === 'infected' ? { ...answers, infection: true } : answers;
}

/** The next question to ask, or undefined once the path is decided. */
export function nextQuestion(answers: Answers, finding: Pick<TargetResult, 'verdict'>): QuestionId | undefined {
  const a = effectiveAnswers(answers, finding);
  if (a.infection === undefined) return 'infection';
  if (a.infection) return undefined;
  if (a['need-iis'] === undefined) return 'need-iis';
  return undefined;
}

/** The steps on the decided path, in order; empty while a question is open. */
export function stepsFor(answers: Answers, finding: Pick<TargetResult, 'verdict'>): StepId[] {
  if (nextQuestion(answers, finding) !== undefined) return [];
  const a = effectiveAnswers(answers, finding);
  if (a.infection) return [...PATHS.infected];
  return a['need-iis'] ? [...PATHS.keepIis] : [...PATHS.turnOff];
}
