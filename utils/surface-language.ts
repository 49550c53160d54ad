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
