import { afterEach, describe, expect, it } from 'vitest';
import { catalogueSource } from '../../tests/setup/i18n';
import { cutText, wellFormed } from './cut-text';
import { formatAgo, formatDate, formatDateTime } from './format-time';
import { setMessageSource, t, uiDirection, uiLocale } from './i18n';

afterEach(() => setMessageSource(catalogueSource('en')));

describe('i18n: core reads only the source an entrypoint installed', () => {
  it('fills in parameters, and shows the key rather than nothing when a message is missing', () => {
    expect(t('step_optional', 'Skip me')).toBe('Skip me (optional)');
    setMessageSource({ message: () => '' });
    expect(t('step_optional', 'x')).toBe('step_optional');
  });

  it('with no source installed, nothing reads a browser global', () => {
    const g = globalThis as { chrome?: unknown };
    const saved = g.chrome;
    g.chrome = { i18n: { getMessage: () => 'from the global', getUILanguage: () => 'fr' } };
    try {
      setMessageSource(undefined);
      expect(t('loading')).toBe('loading');
      expect(uiLocale()).toBeUndefined();
    } finally {
      g.chrome = saved;
    }
  });

  it('in a right-to-left language, isolates what is filled in so an address keeps its order', () => {
    setMessageSource(catalogueSource('ar'));
    expect(uiDirection()).toBe('rtl');
    const text = t('set_duplicate', 'http://127.0.0.1:8080/');
    expect(text).toContain('\u2068http://127.0.0.1:8080/\u2069');
    expect(text.startsWith('\u2068')).toBe(true);
    setMessageSource(catalogueSource('fr'));
    expect(uiDirection()).toBe('ltr');
    expect(t('set_duplicate', 'http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/ est déjà dans la liste.');
    // A source that cannot say, or throws, reads as left to right.
    setMessageSource({ message: () => 'x' });
    expect(uiDirection()).toBe('ltr');
    setMessageSource({
      message: () => 'x',
      direction: () => {
        throw new Error('context invalidated');
      },
    });
    expect(uiDirection()).toBe('ltr');
  });

  it('gives the installed UI language, and undefined when asking for it throws', () => {
    setMessageSource(catalogueSource('es'));
    expect(uiLocale()).toBe('es');
    expect(t('loading')).toBe('Cargando…');
    setMessageSource({
      message: () => 'x',
      locale: () => {
        throw new Error('context invalidated');
      },
    });
    expect(uiLocale()).toBeUndefined();
  });
});

describe('cut-text', () => {
  it('never cuts a surrogate pair in half', () => {
    expect(cutText('ab\u{1F600}', 3)).toBe('ab');
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('abcd', 2)).toBe('ab');
  });

  it('replaces lone surrogates so encodeURIComponent cannot throw', () => {
    const fixed = wellFormed('a\uD800b\uDC00c\u{1F600}');
    expect(fixed).toBe('a\uFFFDb\uFFFDc\u{1F600}');
    expect(() => encodeURIComponent(fixed)).not.toThrow();
  });
});

describe('format-time', () => {
  const now = Date.UTC(2026, 10, 26, 12);
  it('says how long ago, in the language given', () => {
    expect(formatAgo(now - 10_000, now, 'en')).toBe('just now');
    expect(formatAgo(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatAgo(now - 86_400_000, now, 'en')).toBe('yesterday');
    expect(formatAgo(now - 3 * 3_600_000, now, 'es')).toBe('hace 3 horas');
  });

  it('shows "?" for a time Date cannot hold, rather than throwing', () => {
    expect(formatAgo(8.64e15 + 1, now)).toBe('?');
    expect(formatDateTime(Number.NaN)).toBe('?');
    expect(formatDate(-8.64e15 - 1)).toBe('?');
    expect(formatDate(Date.UTC(2001, 7, 16), 'en')).toBe('August 16, 2001');
  });
});
