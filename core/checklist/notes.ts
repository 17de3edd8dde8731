import { cutText } from '../text/cut-text';
import { readCoded } from '../text/coded';
import type { MessageKey, Translate } from '../text/i18n';

/**
 * What the checklist stores and says about a step (how it was decided, or why
 * it is not done yet), as a message code and its parameters. Stored as codes,
 * never as sentences, so a note written in one language reads in the language
 * the person uses when they look at it.
 */
export const NOTE_CODES = [
  'note_reported_patched',
  'note_reopened_changed',
  'note_iis_off_confirmed',
  'note_not_iis_confirmed',
  'note_mapping_gone_confirmed',
  'reason_listening_hung',
  'reason_blocked',
  'reason_no_answer',
  'reason_iis_answers',
  'reason_mapping_unchecked',
  'reason_mapping_answers',
  'reason_needs_check',
  'reason_needs_attest',
  'reason_finding_missing',
  // A sentence an older version stored, shown as it was written (checklists v1 → v2).
  'note_legacy',
] as const satisfies readonly MessageKey[];

export type NoteCode = (typeof NOTE_CODES)[number];

export interface Note {
  code: NoteCode;
  /** Parameters for $1…; only note_legacy has one. */
  args?: string[];
}

const CODES: ReadonlySet<string> = new Set(NOTE_CODES);

/** The longest stored parameter: a legacy note was at most a sentence or two. */
export const MAX_NOTE_ARG = 500;

export function noteText(note: Note, translate: Translate): string {
  return translate(note.code, ...(note.args ?? []));
}

/** A step's note as a person reads it: a step a later check re-opened says so first. */
export function stepNoteText(record: { note?: Note; reopened?: true } | undefined, translate: Translate): string | undefined {
  if (!record?.note) return undefined;
  const text = noteText(record.note, translate);
  return record.reopened ? translate('note_reopened_by_check', text) : text;
}

/** Reads a stored note: a known code with at most one string parameter, or undefined. */
export function readNote(value: unknown): Note | undefined {
  return readCoded(value, (code): code is NoteCode => CODES.has(code), 1, MAX_NOTE_ARG);
}

/** The English sentences versions before checklists v2 stored, and the codes they mean. */
const OLD_SENTENCES: Record<string, NoteCode> = {
  'Reported patched by you.': 'note_reported_patched',
  'Re-opened: the server\u2019s answers changed after you reported it patched.': 'note_reopened_changed',
  'Confirmed by a fresh check: nothing answers on this address.': 'note_iis_off_confirmed',
  'Confirmed by a fresh check: nothing accepts connections on this address.': 'note_iis_off_confirmed',
  'Confirmed by a fresh check: the server that answers is not IIS.': 'note_not_iis_confirmed',
  'Confirmed by a fresh check: the .ida mapping no longer answers.': 'note_mapping_gone_confirmed',
};

/** A note a v1 checklist stored as an English sentence: its code when we wrote it, else the text as it is. */
export function noteFromSentence(sentence: string): Note {
  const code = Object.hasOwn(OLD_SENTENCES, sentence) ? OLD_SENTENCES[sentence] : undefined;
  return code ? { code } : { code: 'note_legacy', args: [cutText(sentence, MAX_NOTE_ARG)] };
}
