import type { SiteEntry } from './registry-schema';
import type { Region } from './content-schema';
import { toCardData } from './card-data';
import { buildCardText, type TipsContent } from './card-text';
import { siteDataKey } from './messages';
import { messagesKey, panelTextKey, regionKey, type PanelText } from './panel-text';

/** Everything the content script reads from storage.local, keyed as it reads it. */
export function buildSeedData(
  registry: readonly SiteEntry[],
  tips: TipsContent,
  regions: readonly Region[],
  css: string,
  catalogs: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const panelText: PanelText = { ...buildCardText(tips), css };
  return {
    ...Object.fromEntries(registry.map((entry) => [siteDataKey(entry.id), toCardData(entry)])),
    ...Object.fromEntries(regions.map((region) => [regionKey(region.code), region])),
    ...Object.fromEntries(
      Object.entries(catalogs).map(([language, catalog]) => [messagesKey(language), catalog]),
    ),
    [panelTextKey]: panelText,
  };
}
