/** The languages Streamwise speaks (interface and content). English is authoritative; Arabic is right-to-left. */
export const CONTENT_LANGUAGES = ['en', 'es', 'fr', 'de', 'pl', 'ar'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

export const isContentLanguage = (value: unknown): value is ContentLanguage =>
  typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);

export const directionOf = (language: string): 'rtl' | 'ltr' => (RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr');

/** The `language` setting: `auto` follows the browser's language. */
export const LANGUAGE_SETTINGS = ['auto', ...CONTENT_LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/**
 * The language a surface speaks: the setting when it names one, else the browser's (`pl-PL` → `pl`)
 * when Streamwise has it, else English.
 */
export function contentLanguageFor(setting: unknown, locale: string): ContentLanguage {
  if (isContentLanguage(setting)) return setting;
  const browserLanguage = locale.toLowerCase().split(/[-_]/)[0];
  return isContentLanguage(browserLanguage) ? browserLanguage : 'en';
}

/** Each language named in itself, as a reader looking for their own language would recognise it. */
export const LANGUAGE_NAMES: Readonly<Record<ContentLanguage, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pl: 'Polski',
  ar: 'العربية',
};
