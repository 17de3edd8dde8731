import type { TargetResult } from '../evidence';
import type { Answers, Question, QuestionId, StepId } from './types';

export const QUESTIONS: Record<QuestionId, Question> = {
  infection: {
    id: 'infection',
    text: 'Are there signs of infection, or did you get an e-mail saying your network port or dial-up access will be disabled?',
    help: 'For example the page "Hacked By Chinese!", a very slow computer or network, or a warning from your IT department.',
    yes: 'Yes, there are signs',
    no: 'No',
  },
  'need-iis': {
    id: 'need-iis',
    text: 'Do you need to run a web server (IIS) on this computer?',
    help: 'Most people do not. If you are not sure, you probably don\u2019t: Windows 2000 Server turns IIS on by default.',
    yes: 'Yes, I need it',
    no: 'No, I don\u2019t',
  },
};

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
