import { directionOf } from './languages';
import { translatorFor, type CatalogEntry, type Translate } from './translate';

type Catalog = Readonly<Record<string, CatalogEntry>>;

/**
 * The interface strings in `language`, English for a string that language lacks. The popup, guide and
 * options translate with the bundled catalogues, the panel with the stored ones: browser.i18n.getMessage
 * follows the browser's language only, never the reader's `language` setting or policy.
 */
export function translatorWithFallback(own: Catalog | undefined, english: Catalog | undefined): Translate {
  const primary = translatorFor({ ...own });
  const fallback = translatorFor({ ...english });
  return (key, ...subs) => primary(key, ...subs) || fallback(key, ...subs);
}

export const interfaceTranslator = (
  catalogs: Readonly<Record<string, Catalog>>,
  language: string,
): Translate => translatorWithFallback(catalogs[language], catalogs.en);

/** `lang` and `dir` on a surface's root element (the right-to-left layout builds on `dir`). */
export function markLanguage(element: HTMLElement, language: string): void {
  element.lang = language;
  element.dir = directionOf(language);
}

/**
 * The locale to format dates and numbers with: the browser's own (en-GB → "2 December 2026") when it is
 * in the reader's language, else the bare language (a setting chose another one).
 */
export function formatLocaleFor(language: string, browserLocale: string): string {
  const own = browserLocale.toLowerCase().split(/[-_]/)[0];
  return own === language ? browserLocale.replace('_', '-') : language;
}
