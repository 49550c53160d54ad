import { browser } from 'wxt/browser';
import type { SiteCardData } from '../../components/SiteCard';
import { isCardData } from '../../utils/card-data';
import { siteDataKey, type PageSeenMessage } from '../../utils/messages';
import { isPanelText, panelTextKey, type PanelText } from '../../utils/panel-text';
import { parseSiteUiState, siteUiKey, type SiteUiState } from '../../utils/site-ui-state';

export interface PageData {
  site: SiteCardData;
  text: PanelText;
  ui: SiteUiState;
}

export function announce(siteId: string, isLive: boolean): Promise<unknown> {
  const message: PageSeenMessage = { type: 'streamwise:page', siteId, isLive };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Reads this site's card and the shared panel text from storage (seeded by the worker at install).
 * When storage lacks them, falls back to the worker's reply to the page message sent alongside.
 */
export async function loadPageData(siteId: string, reply: Promise<unknown>): Promise<PageData | undefined> {
  const stored = await browser.storage.local.get([siteDataKey(siteId), panelTextKey, siteUiKey(siteId)]);
  const ui = parseSiteUiState(stored[siteUiKey(siteId)]);
  let site: unknown = stored[siteDataKey(siteId)];
  let text: unknown = stored[panelTextKey];
  if (!isCardData(site, siteId) || !isPanelText(text)) {
    const fromWorker = (await reply) as { site?: unknown; panelText?: unknown } | undefined;
    site = fromWorker?.site;
    text = fromWorker?.panelText;
  }
  return isCardData(site, siteId) && isPanelText(text) ? { site, text, ui } : undefined;
}

export function saveSiteUi(siteId: string, state: SiteUiState): void {
  void browser.storage.local.set({ [siteUiKey(siteId)]: state });
}
