import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registry } from '../content/sites/index';
import { regions } from '../content/reporting';
import * as tips from '../content/tips';
import { isFromThisExtension, isPageSeenMessage, siteDataKey } from '../utils/messages';
import { panelTextKey } from '../utils/panel-text';
import { buildSeedData } from '../utils/seed-data';

const seed = () => buildSeedData(registry, tips, regions);

export default defineBackground(() => {
  // Card text per site in storage.local, so the content script reads one site's text without bundling all.
  browser.runtime.onInstalled.addListener(() => {
    void browser.storage.local.set(seed());
  });

  // The one message a registry page sends: set its badge, and return its text in case storage lacks it.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromThisExtension(sender, browser.runtime.id) || !isPageSeenMessage(message)) return undefined;
    if (!registry.some((e) => e.id === message.siteId)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      void browser.action.setBadgeText({ tabId, text: message.isLive ? 'LIVE' : '✓' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: message.isLive ? '#b42318' : '#0b5cad' });
    }
    const data = seed();
    return Promise.resolve({ site: data[siteDataKey(message.siteId)], panelText: data[panelTextKey] });
  });
});
