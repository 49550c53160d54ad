// Never name a variable `browser` here: WXT then bundles webextension-polyfill (10 KB) into the panel.
import type { ExtensionApi } from '../../utils/panel-contract';
import { messagesKey, panelTextKey, regionKey, siteDataKey } from '../../utils/storage-keys';
import type { SiteCardData } from '../../utils/card-types';
import type { Region } from '../../utils/content-schema';
import { isCardData } from '../../utils/card-data';
import type { PageDataRequest } from '../../utils/messages';
import { translatorFor, type CatalogEntry, type Translate } from '../../utils/translate';
import { isPanelText, type PanelText } from '../../utils/panel-text';

export interface PageData {
  site: SiteCardData;
  text: PanelText;
  /** Reporting lines by region code, as far as they were read (the likely region and INTL). */
  regions: Region[];
  /** The interface strings in the reader's language, English where a string or language is missing. */
  t: Translate;
}

/** Only when storage lacks the texts (the moments after install): the worker sends them directly. */
function askWorker(api: ExtensionApi, siteId: string): Promise<unknown> {
  const message: PageDataRequest = { type: 'streamwise:page-data', siteId };
  return api.runtime.sendMessage(message).catch(() => undefined);
}

type Catalog = Record<string, CatalogEntry>;
const isCatalog = (value: unknown): value is Catalog => typeof value === 'object' && value !== null;

/** Catalogue lookups from storage: no synchronous round trip to the browser, as i18n.getMessage makes. */
function translator(own: unknown, english: unknown): Translate {
  const primary = translatorFor(isCatalog(own) ? own : {});
  const fallback = translatorFor(isCatalog(english) ? english : {});
  return (key, ...subs) => primary(key, ...subs) || fallback(key, ...subs);
}

const isRegion = (value: unknown): value is Region =>
  typeof value === 'object' && value !== null && Array.isArray((value as Region).lines);

/**
 * Reads this site's card, the shared panel text, the likely region's lines and the interface strings
 * from storage, where the worker put them. When they are missing (the moments after install), asks
 * the worker directly.
 */
export async function loadPageData(
  api: ExtensionApi,
  siteId: string,
  likelyRegion: string,
  language: string,
): Promise<PageData | undefined> {
  const keys = [siteDataKey(siteId), panelTextKey];
  const regionKeys = [regionKey(likelyRegion), regionKey('INTL')];
  const catalogKeys = [messagesKey(language), messagesKey('en')];
  const stored = await api.storage.local.get([...keys, ...regionKeys, ...catalogKeys]);
  let site: unknown = stored[siteDataKey(siteId)];
  let text: unknown = stored[panelTextKey];
  let regions: unknown[] = regionKeys.map((k) => stored[k]);
  let [own, english] = catalogKeys.map((k) => stored[k]);
  if (!isCardData(site, siteId) || !isPanelText(text) || !isCatalog(english)) {
    const fromWorker = (await askWorker(api, siteId)) as
      | { site?: unknown; panelText?: unknown; regions?: unknown[]; catalogs?: Record<string, unknown> }
      | undefined;
    site = fromWorker?.site;
    text = fromWorker?.panelText;
    regions = fromWorker?.regions ?? [];
    own = fromWorker?.catalogs?.[language];
    english = fromWorker?.catalogs?.en;
  }
  if (!isCardData(site, siteId) || !isPanelText(text)) return undefined;
  return { site, text, regions: regions.filter(isRegion), t: translator(own, english) };
}

/** One region's lines, for a region the first read did not cover (a setting or policy changed it). */
export async function loadRegion(api: ExtensionApi, code: string): Promise<Region | undefined> {
  const value: unknown = (await api.storage.local.get(regionKey(code)))[regionKey(code)];
  return isRegion(value) ? value : undefined;
}
