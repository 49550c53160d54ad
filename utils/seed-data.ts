import type { SiteEntry } from './registry-schema';
import type { Region } from './content-schema';
import { toCardData } from './card-data';
import { siteDataKey } from './messages';
import { panelTextKey, type PanelText } from './panel-text';

interface TipLike {
  text: string;
}

/** Everything the content script reads from storage.local, keyed as it reads it. */
export function buildSeedData(
  registry: readonly SiteEntry[],
  tips: { liveRisks: readonly TipLike[]; youngPersonTips: readonly TipLike[] },
  regions: readonly Region[],
): Record<string, unknown> {
  const panelText: PanelText = {
    liveRisks: tips.liveRisks.map((t) => t.text),
    youngPersonLines: tips.youngPersonTips.map((t) => t.text),
    regions: [...regions],
  };
  return {
    ...Object.fromEntries(registry.map((entry) => [siteDataKey(entry.id), toCardData(entry)])),
    [panelTextKey]: panelText,
  };
}
