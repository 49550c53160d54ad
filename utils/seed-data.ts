import type { SiteEntry } from './registry-schema';
import {
  chipCssKey,
  chipTextKey,
  loaderSiteKey,
  localPanelTextKey,
  messagesKey,
  panelTextKey,
  regionKey,
  regionTextKey,
  siteDataKey,
  siteTextKey,
} from './storage-keys';
import type { Region } from './content-schema';
import type { TipsLists } from './content-fields';
import { toCardData } from './card-data';
import { formatReviewedMonth } from './format-date';
import { buildCardText, type TipsContent } from './card-text';
import type { PanelText } from './panel-text';
import { buildChipText } from './chip-text';
import { toLoaderSite } from './loader-site';
import type { CatalogEntry } from './translate';
import { localizeTips, regionOverlay, siteOverlay, type Translations } from './localize-content';

/**
 * Everything the in-page script reads from storage.local (loader and full panel), keyed as they read it:
 * the keys `storage-schema.ts` marks as written by the seed, each passing its check there.
 *
 * Content in other languages: the shared panel text whole per language (a few KB), and per site and
 * region only the fields with a current translation, laid over the English card by the reader. So
 * storage holds the English once and a field whose English changed since it was translated shows English.
 */
export function buildSeedData(
  registry: readonly SiteEntry[],
  tips: TipsContent & TipsLists,
  regions: readonly Region[],
  chipCss: string,
  catalogs: Readonly<Record<string, Readonly<Record<string, CatalogEntry>>>> = {},
  translations: Translations = {},
): Record<string, unknown> {
  const panelText: PanelText = buildCardText(tips);
  const languages = Object.keys(translations).filter((language) => language !== 'en');
  const perLanguage = (build: (language: string) => [string, unknown][]) =>
    Object.fromEntries(languages.flatMap(build));
  return {
    ...Object.fromEntries(
      registry.map((entry) => [
        siteDataKey(entry.id),
        {
          ...toCardData(entry),
          reviewedMonth: Object.fromEntries(
            Object.keys(catalogs).map((language) => [
              language,
              formatReviewedMonth(entry.reviewed, language),
            ]),
          ),
        },
      ]),
    ),
    ...perLanguage((language) =>
      registry.map((entry) => [
        siteTextKey(entry.id, language),
        siteOverlay(entry, translations[language]?.[`sites/${entry.id}`]),
      ]),
    ),
    ...Object.fromEntries(registry.map((entry) => [loaderSiteKey(entry.id), toLoaderSite(entry)])),
    ...Object.fromEntries(regions.map((region) => [regionKey(region.code), region])),
    ...perLanguage((language) =>
      regions.map((region) => [
        regionTextKey(region.code, language),
        regionOverlay(region, translations[language]?.[`regions/${region.code}`]),
      ]),
    ),
    ...Object.fromEntries(
      Object.entries(catalogs).map(([language, catalog]) => [messagesKey(language), catalog]),
    ),
    ...Object.fromEntries(
      Object.entries(catalogs).map(([language, catalog]) => [chipTextKey(language), buildChipText(catalog)]),
    ),
    [panelTextKey]: panelText,
    ...perLanguage((language) => [
      [localPanelTextKey(language), buildCardText(localizeTips(tips, translations[language]?.tips))],
    ]),
    [chipCssKey]: chipCss,
  };
}
