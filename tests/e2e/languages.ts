/** A language the extension ships, as the e2e suite launches Chromium in it. */
export interface Language {
  /** Chromium's --lang. */
  lang: string;
  /** The folder in public/_locales. */
  catalogue: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { lang: 'en', catalogue: 'en', dir: 'ltr' },
  { lang: 'es', catalogue: 'es', dir: 'ltr' },
  { lang: 'fr', catalogue: 'fr', dir: 'ltr' },
  { lang: 'de', catalogue: 'de', dir: 'ltr' },
  { lang: 'pt-BR', catalogue: 'pt_BR', dir: 'ltr' },
  { lang: 'ar', catalogue: 'ar', dir: 'rtl' },
];
