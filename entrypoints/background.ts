import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registry } from '../content/sites/index';
import { toCardData } from '../utils/card-data';
import { isFromThisExtension, isPageSeenMessage, siteDataKey } from '../utils/messages';

/** Card data per site in storage.local, so the content script reads one site's text without bundling all. */
async function seedSiteData(): Promise<void> {
  await browser.storage.local.set(
    Object.fromEntries(registry.map((entry) => [siteDataKey(entry.id), toCardData(entry)])),
  );
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void seedSiteData();
  });

  // The one message a registry page sends: set its badge, and return its card in case storage lacks it.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromThisExtension(sender, browser.runtime.id) || !isPageSeenMessage(message)) return undefined;
    const entry = registry.find((e) => e.id === message.siteId);
    if (!entry) return undefined;
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      void browser.action.setBadgeText({ tabId, text: message.isLive ? 'LIVE' : '✓' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: message.isLive ? '#b42318' : '#0b5cad' });
    }
    return Promise.resolve({ site: toCardData(entry) });
  });
});
