import type { SiteEntry } from './registry-schema';
import type { RegionEntry } from './content-schema';
import {
  TIP_LISTS,
  regionTextFields,
  siteTextFields,
  tipsTextFields,
  type TextField,
  type TipsLists,
} from './content-fields';
import { localizedTexts, withTexts, type TranslationFile } from './content-translation';

/** Every language's translation files by unit ("sites/twitch", "regions/PL", "tips"). */
export type Translations = Readonly<Record<string, Readonly<Record<string, TranslationFile>>>>;

/** Parsed translation files by glob path ("./translations/pl/sites/twitch.json") → language → unit. */
export function groupTranslationFiles(files: Readonly<Record<string, TranslationFile>>): Translations {
  const grouped: Record<string, Record<string, TranslationFile>> = {};
  for (const [path, file] of Object.entries(files)) {
    const match = /translations\/([a-z]{2})\/(.+)\.json$/.exec(path);
    if (!match) continue;
    (grouped[match[1]!] ??= {})[match[2]!] = file;
  }
  return grouped;
}

/**
 * Only the fields whose translation is current (English fallback is the absence of a key): what the
 * worker stores per site and region and language, so storage holds no second copy of the English.
 */
export function freshTexts(
  fields: readonly TextField[],
  file: TranslationFile | undefined,
): Record<string, string> {
  const fresh: Record<string, string> = {};
  if (!file) return fresh;
  const english = new Map(fields.map((f) => [f.key, f.en]));
  for (const [key, text] of localizedTexts(fields, file)) if (text !== english.get(key)) fresh[key] = text;
  return fresh;
}

const texts = (record: Readonly<Record<string, string>>) => new Map(Object.entries(record));

export const siteOverlay = (site: SiteEntry, file: TranslationFile | undefined) =>
  freshTexts(siteTextFields(site), file);

export const regionOverlay = (region: RegionEntry, file: TranslationFile | undefined) =>
  freshTexts(regionTextFields(region), file);

/** A copy with the overlay's texts in place; a path the value does not have is skipped. */
export function applyOverlay<T>(value: T, overlay: unknown): T {
  if (typeof overlay !== 'object' || overlay === null) return value;
  const entries = Object.entries(overlay as Record<string, unknown>).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  return entries.length === 0 ? value : withTexts(value, new Map(entries));
}

export const localizeSite = <T extends SiteEntry>(site: T, file: TranslationFile | undefined): T =>
  withTexts(site, texts(siteOverlay(site, file)));

export const localizeRegion = <T extends RegionEntry>(region: T, file: TranslationFile | undefined): T =>
  withTexts(region, texts(regionOverlay(region, file)));

/** Tips are keyed "<list>.<id>", not by position, so they are applied list by list. */
export function localizeTips<T extends TipsLists>(tips: T, file: TranslationFile | undefined): T {
  const localized = localizedTexts(tipsTextFields(tips), file);
  const lists = Object.fromEntries(
    TIP_LISTS.map((list) => [
      list,
      tips[list].map((tip) => ({ ...tip, text: localized.get(`${list}.${tip.id}`) ?? tip.text })),
    ]),
  );
  return { ...tips, ...lists };
}
