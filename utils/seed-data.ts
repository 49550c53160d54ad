import type { SiteEntry } from './registry-schema';
import {
  chipCssKey,
  chipTextKey,
  loaderSiteKey,
  messagesKey,
  panelTextKey,
  regionKey,
  siteDataKey,
} from './storage-keys';
import type { Region } from './content-schema';
import { toCardData } from './card-data';
import { formatReviewedMonth } from './format-date';
import { buildCardText, type TipsContent } from './card-text';
import type { PanelText } from './panel-text';
import { buildChipText } from './chip-text';
import { toLoaderSite } from './loader-site';
import type { CatalogEntry } from './translate';

/**
 * Everything the in-page script reads from storage.local (loader and full panel), keyed as they read it:
 * the keys `storage-schema.ts` marks as written by the seed, each passing its check there.
 */
export function buildSeedData(
  registry: readonly SiteEntry[],
  tips: TipsContent,
  regions: readonly Region[],
  chipCss: string,
  catalogs: Readonly<Record<string, Readonly<Record<string, CatalogEntry>>>> = {},
): Record<string, unknown> {
  const panelText: PanelText = buildCardText(tips);
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
    ...Object.fromEntries(registry.map((entry) => [loaderSiteKey(entry.id), toLoaderSite(entry)])),
    ...Object.fromEntries(regions.map((region) => [regionKey(region.code), region])),
    ...Object.fromEntries(
      Object.entries(catalogs).map(([language, catalog]) => [messagesKey(language), catalog]),
    ),
    ...Object.fromEntries(
      Object.entries(catalogs).map(([language, catalog]) => [chipTextKey(language), buildChipText(catalog)]),
    ),
    [panelTextKey]: panelText,
    [chipCssKey]: chipCss,
  };
}
