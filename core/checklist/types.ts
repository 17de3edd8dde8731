import type { StepLink } from '../advisories/types';
import type { Verdict } from '../verdict/verdict';
import type { Note } from './notes';

/** The two questions that pick the path through the checklist (from the seed's FAQ). */
export type QuestionId = 'infection' | 'need-iis';

export type Answers = Partial<Record<QuestionId, boolean>>;

export interface Question {
  id: QuestionId;
  text: string;
  help: string;
  yes: string;
  no: string;
}

/** Every step of the checklist, once: the type, the stored-progress reader and the tests all read this list. */
export const STEP_IDS = [
  'disconnect',
  'turn-off-iis',
  'patch',
  'remove-mappings',
  'subscribe',
  'run-cleaner',
  'check-leftovers',
  'update-antivirus',
  'report',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** What a fresh probe must show before a step counts as done. */
export type Verification = 'iis-off' | 'mapping-absent';

export interface Guide {
  title: string;
  steps: string[];
}

export interface ChecklistStep {
  id: StepId;
  title: string;
  body: string[];
  /** Commands to type, shown as code. */
  commands?: string[];
  guides?: Guide[];
  links?: StepLink[];
  /** Done only when a fresh check confirms it. */
  verify?: Verification;
  /** Cannot be seen from outside: done when the person says so. */
  attest?: 'patched';
  /** A workaround that may be skipped without leaving the computer at risk once patched. */
  optional?: boolean;
}

export type StepStatus = 'todo' | 'done' | 'skipped';

export interface StepRecord {
  status: StepStatus;
  at: number;
  /** How it was decided, or why it is open again, as a code (notes.ts). */
  note?: Note;
  /** Derived, never stored: a later check contradicts the step (verify.ts, currentSteps). */
  reopened?: true;
}

/** "Patched (reported by you on …)": what the evidence looked like when the person said so. */
export interface Attestation {
  at: number;
  fingerprint: string;
}

/** One finding's walk through the checklist, kept across popup closes, restarts and updates. */
export interface ChecklistProgress {
  target: string;
  startedAt: number;
  /** The finding the walk started from: the path and the report keep it after the server is fixed or switched off. */
  found?: { verdict: Verdict; banner: string | null; checkedAt: number };
  answers: Answers;
  steps: Partial<Record<StepId, StepRecord>>;
  attestation?: Attestation;
  /** Set when an attestation was dropped because the evidence changed. */
  attestationDropped?: { at: number; reportedAt: number };
}

/** A step change the rules allowed, or why not. */
export type StepChange = { ok: true; progress: ChecklistProgress } | { ok: false; reason: Note };
