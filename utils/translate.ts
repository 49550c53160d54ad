import type englishCatalog from '../public/_locales/en/messages.json';

/**
 * The interface's own words live in `public/_locales/<lang>/messages.json` (the browser's i18n format).
 * Components take a `t` function, so entrypoints pass `browser.i18n.getMessage` and tests a catalog.
 */
export type MessageKey = Exclude<keyof typeof englishCatalog, 'extName' | 'extDescription'>;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The browser's substitution rules: $NAME$ → its placeholder's content, then $1…$9 → substitutions. */
export function fillMessage(entry: CatalogEntry, substitutions: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    return entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
  });
  return named.replace(/\$(\d)|\$\$/g, (whole, n: string | undefined) =>
    n === undefined ? '$' : (substitutions[Number(n) - 1] ?? ''),
  );
}

/** A `t` over a catalog object, for tests and anywhere the browser's i18n is not available. */
export function translatorFor(catalog: Record<string, CatalogEntry>): Translate {
  return (key, ...subs) => {
    const entry = catalog[key];
    return entry ? fillMessage(entry, subs) : '';
  };
}
