import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueSource } from '../../tests/setup/i18n';
import { anyOr, hostileLeaf } from '../../tests/fuzz/hostile';
import type { MessageKey, Translate } from '../text/i18n';
import { MAX_NOTE_ARG, NOTE_CODES, noteFromSentence, noteText, readNote, stepNoteText } from './notes';

const translator = (locale: string): Translate => {
  const source = catalogueSource(locale);
  return (key: MessageKey, ...subs) => source.message(key, subs.map(String)) || key;
};
const en = translator('en');
const es = translator('es');

describe('notes: stored as codes, read in the language of the moment', () => {
  it.each(NOTE_CODES.filter((c) => c !== 'note_legacy'))('%s reads as a sentence in English and in Spanish', (code) => {
    const english = noteText({ code }, en);
    const spanish = noteText({ code }, es);
    expect(english).toMatch(/^[A-Z].*\.$/);
    expect(spanish).not.toBe(english);
    expect(spanish).not.toBe(code);
  });

  it('a step a later check re-opened says so first, in the reader\u2019s language', () => {
    const record = { status: 'todo' as const, at: 1, note: { code: 'reason_mapping_answers' as const }, reopened: true as const };
    expect(stepNoteText(record, en)).toBe(
      'Re-opened by a later check: The .ida mapping still answers. Remove the .ida and .idq entries, then check again.',
    );
    expect(stepNoteText(record, es)).toMatch(/^Reabierto por una comprobación posterior: La asignación \.ida sigue respondiendo/);
    expect(stepNoteText({}, en)).toBeUndefined();
  });

  it('a sentence an older version stored becomes its code; one it never wrote is kept as it was', () => {
    expect(noteFromSentence('Reported patched by you.')).toEqual({ code: 'note_reported_patched' });
    expect(noteFromSentence('Confirmed by a fresh check: nothing answers on this address.')).toEqual({ code: 'note_iis_off_confirmed' });
    const legacy = noteFromSentence('Hecho a mano.');
    expect(legacy).toEqual({ code: 'note_legacy', args: ['Hecho a mano.'] });
    expect(noteText(legacy, es)).toBe('Hecho a mano.');
    // Own keys only: a stored note reading "toString" is a sentence, not a code.
    expect(noteFromSentence('toString')).toEqual({ code: 'note_legacy', args: ['toString'] });
  });

  it('reads back only what it could have written', () => {
    expect(readNote({ code: 'note_reported_patched' })).toEqual({ code: 'note_reported_patched' });
    expect(readNote({ code: 'note_legacy', args: ['x'] })).toEqual({ code: 'note_legacy', args: ['x'] });
    expect(readNote({ code: 'toString' })).toBeUndefined();
    expect(readNote({ code: 'err_save_failed', args: ['a'] })).toBeUndefined();
    expect(readNote({ code: 'note_legacy', args: [1] })).toBeUndefined();
    expect(readNote('Reported patched by you.')).toBeUndefined();
  });

  it('fuzz: the reader never throws, and what it gives renders to bounded text', () => {
    fc.assert(
      fc.property(fc.oneof(anyOr({ code: 'note_legacy', args: ['x'] }), hostileLeaf, fc.string()), (raw) => {
        const note = readNote(raw);
        if (note) {
          expect(NOTE_CODES).toContain(note.code);
          expect(noteText(note, en).length).toBeLessThanOrEqual(MAX_NOTE_ARG + 200);
        }
      }),
    );
  });
});
