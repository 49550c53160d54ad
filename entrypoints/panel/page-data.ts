// Never name a variable `browser` here: WXT then bundles webextension-polyfill (10 KB) into the panel.
import type { ExtensionApi } from '../../utils/panel-contract';
import {
  checklistKey,
  localPanelTextKey,
  messagesKey,
  panelTextKey,
  regionKey,
  regionTextKey,
  siteDataKey,
  siteTextKey,
} from '../../utils/storage-keys';
import { applyOverlay } from '../../utils/localize-content';
import { parseSiteChecklist, type SiteChecklist } from '../../utils/checklist';
import type { SiteCardData } from '../../utils/card-types';
import type { Region } from '../../utils/content-schema';
import { isCardData } from '../../utils/card-data';
import type { PageDataRequest } from '../../utils/messages';
import { isContentLanguage } from '../../utils/languages';
import type { Translate } from '../../utils/translate';
import { translatorWithFallback } from '../../utils/surface-language';
import { isPanelText, type PanelText } from '../../utils/panel-text';
import { isCatalogue, isStoredRegion } from '../../utils/stored-shapes';

export interface PageData {
  site: SiteCardData;
  text: PanelText;
  /** Reporting lines by region code, as far as they were read (the likely region and INTL). */
  regions: Region[];
  /** The interface strings in the reader's language, English where a string or language is missing. */
  t: Translate;
  /** The language the card was read in. */
  language: string;
  /** This site's checklist ticks (repaired per step). */
  ticks: SiteChecklist;
}

/** Only when storage lacks the texts (the moments after install): the worker sends them directly. */
function askWorker(api: ExtensionApi, siteId: string, language: string): Promise<unknown> {
  const message: PageDataRequest = { type: 'streamwise:page-data', siteId };
  if (isContentLanguage(language) && language !== 'en') message.language = language;
  return api.runtime.sendMessage(message).catch(() => undefined);
}

/** Catalogue lookups from storage: no synchronous round trip to the browser, as i18n.getMessage makes. */
const translator = (own: unknown, english: unknown): Translate =>
  translatorWithFallback(isCatalogue(own) ? own : undefined, isCatalogue(english) ? english : undefined);

/**
 * Reads this site's card, the shared panel text, the likely region's lines and the interface strings
 * from storage, where the worker put them, each in the reader's language: the card and regions are
 * English with that language's current translations laid over them, field by field. When they are
 * missing (the moments after install), asks the worker directly.
 */
export async function loadPageData(
  api: ExtensionApi,
  siteId: string,
  likelyRegion: string,
  language: string,
): Promise<PageData | undefined> {
  const codes = [likelyRegion, 'INTL'];
  const english = language === 'en';
  const keys = [siteDataKey(siteId), panelTextKey];
  const localKeys = english ? [] : [siteTextKey(siteId, language), localPanelTextKey(language)];
  const regionKeys = codes.map((code) => regionKey(code));
  const regionTextKeys = english ? [] : codes.map((code) => regionTextKey(code, language));
  const catalogKeys = [messagesKey(language), messagesKey('en')];
  const stored = await api.storage.local.get([
    ...keys,
    ...localKeys,
    ...regionKeys,
    ...regionTextKeys,
    ...catalogKeys,
    checklistKey(siteId),
  ]);
  let site: unknown = applyOverlay(stored[siteDataKey(siteId)], stored[siteTextKey(siteId, language)]);
  const localText = stored[localPanelTextKey(language)];
  let text: unknown = isPanelText(localText) ? localText : stored[panelTextKey];
  let regions: unknown[] = codes.map((code) =>
    applyOverlay(stored[regionKey(code)], stored[regionTextKey(code, language)]),
  );
  let [own, englishCatalog] = catalogKeys.map((k) => stored[k]);
  if (!isCardData(site, siteId) || !isPanelText(text) || !isCatalogue(englishCatalog)) {
    const fromWorker = (await askWorker(api, siteId, language)) as
      | { site?: unknown; panelText?: unknown; regions?: unknown[]; catalogs?: Record<string, unknown> }
      | undefined;
    site = fromWorker?.site;
    text = fromWorker?.panelText;
    regions = fromWorker?.regions ?? [];
    own = fromWorker?.catalogs?.[language];
    englishCatalog = fromWorker?.catalogs?.en;
  }
  if (!isCardData(site, siteId) || !isPanelText(text)) return undefined;
  return {
    site,
    text,
    regions: regions.filter((region) => isStoredRegion(region)),
    t: translator(own, englishCatalog),
    language,
    ticks: parseSiteChecklist(stored[checklistKey(siteId)]),
  };
}

/** One region's lines, for a region the first read did not cover (a setting or policy changed it). */
export async function loadRegion(
  api: ExtensionApi,
  code: string,
  language: string,
): Promise<Region | undefined> {
  const keys = [regionKey(code), regionTextKey(code, language)];
  const stored = await api.storage.local.get(keys);
  const value: unknown = applyOverlay(stored[keys[0]!], stored[keys[1]!]);
  return isStoredRegion(value, code) ? value : undefined;
}
