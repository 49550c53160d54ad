import type { CatalogEntry } from './translate';

/**
 * Every interface catalogue in public/_locales/, bundled at build: the worker hands them to the panel
 * through storage, and the popup, guide and options translate with them (browser.i18n.getMessage
 * follows the browser's language only, never the reader's `language` setting).
 */
const files = import.meta.glob<Record<string, CatalogEntry>>('../public/_locales/*/messages.json', {
  eager: true,
  import: 'default',
});

export const catalogs: Readonly<Record<string, Record<string, CatalogEntry>>> = Object.fromEntries(
  Object.entries(files).map(([path, catalog]) => [path.split('/').at(-2)!, catalog]),
);
