import { fillMessage, type CatalogEntry } from './translate';

/** The chip's two strings in one language, seeded by the worker so the loader reads a few bytes. */
export interface ChipText {
  label: string;
  /** The chip's accessible name, with `{site}` where the platform's name goes. */
  expand: string;
}

const SITE = '{site}';

export function buildChipText(catalog: Readonly<Record<string, CatalogEntry>>): ChipText | undefined {
  // The keys quoted, so the catalogue test finds them used (the loader no longer calls i18n.getMessage).
  const label = catalog['chipLabel'];
  const expand = catalog['expandLabel'];
  if (!label || !expand) return undefined;
  return { label: fillMessage(label, []), expand: fillMessage(expand, [SITE]) };
}

export function isChipText(value: unknown): value is ChipText {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.label === 'string' && typeof v.expand === 'string';
}

export const chipExpandLabel = (text: ChipText, siteName: string) => text.expand.replace(SITE, siteName);
