import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PSEUDO_GROWTH, pseudoCatalogue, pseudoMessage } from './pseudo-locale';

const placeholders = (text: string) => [...text.matchAll(/\$[$1-9]/g)].map((m) => m[0]);

describe('pseudoMessage', () => {
  it('accents letters, brackets the message and keeps placeholders', () => {
    const text = pseudoMessage('Check again: $1');
    expect(text.startsWith('[Çĥéçķ áĝáíñ: $1')).toBe(true);
    expect(text.endsWith(']')).toBe(true);
  });

  it('is 40% longer than English, plus the brackets, with the same placeholders', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (english) => {
        const pseudo = pseudoMessage(english);
        expect(pseudo.length).toBe(english.length + Math.ceil(english.length * PSEUDO_GROWTH) + 2);
        expect(placeholders(pseudo)).toEqual(placeholders(english));
      }),
    );
  });

  it('covers every English message, keeping each one’s placeholders', () => {
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    const pseudo = pseudoCatalogue(en);
    expect(Object.keys(pseudo)).toEqual(Object.keys(en));
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(pseudo[key]?.message ?? ''), key).toEqual(placeholders(message));
      expect(pseudo[key]?.message, key).not.toBe(message);
    }
  });
});
