import { isRecord } from './notices';
import type { Region } from './content-schema';
import type { CatalogEntry } from './translate';

/**
 * Checks of values the worker seeds into storage.local, shared by the storage schema and the panel that
 * reads them (one home: the panel used to keep weaker copies).
 */

/** A stored region with its lines; when `code` is given, it must be that region's own. */
export function isStoredRegion(value: unknown, code?: string): value is Region {
  return isRecord(value) && Array.isArray(value.lines) && (code === undefined || value.code === code);
}

/** A stored `_locales` catalogue: every entry has its message. */
export function isCatalogue(value: unknown): value is Record<string, CatalogEntry> {
  return (
    isRecord(value) &&
    Object.values(value).every((entry) => isRecord(entry) && typeof entry.message === 'string')
  );
}
