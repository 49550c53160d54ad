import { browser } from 'wxt/browser';
import type { SiteCardData } from '../../components/SiteCard';
import { isCardData } from '../../utils/card-data';
import {
  effectiveSettingsKey,
  parseEffectiveSettings,
  type EffectiveSettings,
} from '../../utils/effective-settings';
import { siteDataKey, type PageSeenMessage } from '../../utils/messages';
import { isPanelText, panelTextKey, type PanelText } from '../../utils/panel-text';
import { parseSiteUiState, siteUiKey, type SiteUiState } from '../../utils/site-ui-state';

export interface PageData {
  site: SiteCardData;
  text: PanelText;
  ui: SiteUiState;
  settings: EffectiveSettings;
}

export function announce(siteId: string, isLive: boolean): Promise<unknown> {
  const message: PageSeenMessage = { type: 'streamwise:page', siteId, isLive };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Reads this site's card (with its live patterns), the shared panel text and styles, and the effective
 * settings from storage, where the worker put them. When the text is missing (the moments after
 * install), asks the worker directly.
 */
export async function loadPageData(siteId: string): Promise<PageData | undefined> {
  const stored = await browser.storage.local.get([
    siteDataKey(siteId),
    panelTextKey,
    siteUiKey(siteId),
    effectiveSettingsKey,
  ]);
  const ui = parseSiteUiState(stored[siteUiKey(siteId)]);
  const settings = parseEffectiveSettings(stored[effectiveSettingsKey]);
  let site: unknown = stored[siteDataKey(siteId)];
  let text: unknown = stored[panelTextKey];
  if (!isCardData(site, siteId) || !isPanelText(text)) {
    const fromWorker = (await announce(siteId, false)) as { site?: unknown; panelText?: unknown } | undefined;
    site = fromWorker?.site;
    text = fromWorker?.panelText;
  }
  return isCardData(site, siteId) && isPanelText(text) ? { site, text, ui, settings } : undefined;
}

export function saveSiteUi(siteId: string, state: SiteUiState): void {
  void browser.storage.local.set({ [siteUiKey(siteId)]: state });
}

/** Settings changes (options page, policy) reach open tabs without a reload. */
export function onSettingsChange(listener: (settings: EffectiveSettings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[effectiveSettingsKey];
    if (area === 'local' && change) listener(parseEffectiveSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
