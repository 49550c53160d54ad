import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registry } from '../content/sites/index';
import { regions } from '../content/regions/index';
import * as tips from '../content/tips';
import chipCss from '../components/chip.css?inline';
import { computeEffectiveSettings } from '../utils/compute-effective-settings';
import { effectiveSettingsKey } from '../utils/effective-settings';
import { isFromThisExtension, isPageDataRequest, isPageSeenMessage, siteDataKey } from '../utils/messages';
import { panelTextKey } from '../utils/panel-text';
import { buildSeedData } from '../utils/seed-data';
import { catalogs } from '../utils/catalogs';
import { SETTINGS_STORAGE_KEY } from '../utils/settings';
import { readManagedStorage } from '../utils/managed-policy';

const siteIds = registry.map((e) => e.id);
const seed = () => buildSeedData(registry, tips, regions, chipCss, catalogs);

/** Policy over user over default, stored for the content script and popup to read. */
async function refreshEffectiveSettings(): Promise<void> {
  const [stored, managed] = await Promise.all([
    browser.storage.local.get(SETTINGS_STORAGE_KEY),
    readManagedStorage(),
  ]);
  const { effective } = computeEffectiveSettings(stored[SETTINGS_STORAGE_KEY], managed, siteIds);
  await browser.storage.local.set({ [effectiveSettingsKey]: effective });
}

export default defineBackground(() => {
  // Card text per site in storage.local, so the content script reads one site's text without bundling all.
  browser.runtime.onInstalled.addListener(() => {
    void browser.storage.local.set(seed()).then(refreshEffectiveSettings);
  });
  // A policy may change while the browser is closed.
  browser.runtime.onStartup.addListener(() => void refreshEffectiveSettings());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_STORAGE_KEY in changes)) {
      void refreshEffectiveSettings();
    }
  });

  // A registry page's one message: set its badge. Nothing else about the page is sent or kept.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromThisExtension(sender, browser.runtime.id)) return undefined;
    if (isPageSeenMessage(message) && siteIds.includes(message.siteId)) {
      if (message.reseed) void browser.storage.local.set(seed());
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      void browser.action.setBadgeText({ tabId, text: message.isLive ? 'LIVE' : '✓' });
      void browser.action.setBadgeBackgroundColor({ tabId, color: message.isLive ? '#b42318' : '#0b5cad' });
      return undefined;
    }
    // Only when storage lacks the panel's texts (just after install): send them directly.
    if (isPageDataRequest(message) && siteIds.includes(message.siteId)) {
      const data = seed();
      return Promise.resolve({
        site: data[siteDataKey(message.siteId)],
        panelText: data[panelTextKey],
        regions,
        catalogs,
      });
    }
    return undefined;
  });
});
