import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import type { SiteEntry } from '../../utils/registry-schema';
import { screenshot, waitForPanel } from '../../scripts/lib/browser';
import { isLiveUrl, panelTestUrls } from './harness/sites';
import { useExtensionBrowser } from './harness/suite';
import { collectErrors } from './harness/page-errors';
import { extensionWorker, openPopupBehindActiveTab } from './harness/extension-pages';

/** The few extension APIs these tests call inside the service worker and extension pages. */
interface TabInfo {
  id?: number;
  index: number;
  active: boolean;
  windowId: number;
}
declare const chrome: {
  tabs: {
    query(q: { active?: boolean; currentWindow?: boolean }): Promise<TabInfo[]>;
    create(p: { url: string; active?: boolean; index?: number; windowId?: number }): Promise<TabInfo>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    openPopup(): Promise<void>;
  };
  runtime: { getContexts(filter: { contextTypes?: string[] }): Promise<{ documentUrl?: string }[]> };
  extension: { getViews(p: { type: string }): Window[] };
};

const WHICH_SITE = { type: 'streamwise:which-site' };

function entry(id: string): SiteEntry {
  const found = registry.find((e) => e.id === id);
  if (!found) throw new Error(`The registry has no ${id} entry.`);
  return found;
}

const twitch = entry('twitch');
const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const TWITCH_NOT_LIVE = 'https://www.twitch.tv/directory';
const NOT_REGISTRY = 'https://www.example.org/';

/** Ids of the last `count` tabs of the (single) window, in tab order: the pages the test opened last. */
async function lastTabIds(worker: Worker, count: number): Promise<number[]> {
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  expect(new Set(tabs.map((t) => t.windowId)).size, 'all tabs in one window').toBe(1);
  const sorted = [...tabs].sort((a, b) => a.index - b.index);
  expect(sorted.length).toBeGreaterThanOrEqual(count);
  return sorted.slice(-count).map((t) => t.id!);
}

function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** What the content script in a tab answers the popup's question; 'no receiver' where none listens. */
function whichSite(worker: Worker, tabId: number): Promise<unknown> {
  return worker.evaluate(
    (args) =>
      chrome.tabs
        .sendMessage(args.tabId, args.message)
        .catch((error: Error) => `no receiver: ${error.message}`),
    { tabId, message: WHICH_SITE },
  );
}

function popupSections(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main > [data-section]')].map((el) => el.getAttribute('data-section')!),
  );
}

describe('the popup page', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('opens as a tab without console errors and shows tips and reporting lines, no site card', async () => {
    const page = await suite.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${suite.browser().extensionId}/popup.html`);
    await page.waitForSelector('[data-section="reporting-lines"]');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);

    expect(await page.locator('h1').first().textContent()).toBe('Streamwise');
    expect(await page.locator('[data-section="site"]').count(), 'no site card on a non-registry tab').toBe(0);
    expect(await page.locator('[data-section="parent-tips"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-section="young-tips"] li').count()).toBeGreaterThan(0);
    const guideLink = page.locator('a', { hasText: 'All platforms' });
    expect(await guideLink.getAttribute('href')).toBe(
      `chrome-extension://${suite.browser().extensionId}/guide.html`,
    );
    await screenshot(page, 'popup-en-GB');
    expect(errors).toEqual([]);
  });
});

const LOCALES: { locale: string; region: string; names: string[] }[] = [
  { locale: 'en-GB', region: 'GB', names: ['CEOP'] },
  { locale: 'en-AU', region: 'AU', names: ['eSafety', 'ACCCE'] },
  { locale: 'en-US', region: 'US', names: ['CyberTipline'] },
  { locale: 'en-CA', region: 'CA', names: ['Cybertip.ca'] },
  { locale: 'fr-FR', region: 'FR', names: ['PHAROS'] },
  { locale: 'de-AT', region: 'AT', names: ['Stopline', 'Rat auf Draht'] },
  { locale: 'pt-BR', region: 'INTL', names: ['Virtual Global Taskforce', 'INHOPE'] },
];

for (const { locale, region, names } of LOCALES) {
  describe(`popup reporting lines in a browser set to ${locale}`, () => {
    const suite = useExtensionBrowser({ locale });

    it(`shows the ${region} lines (${names.join(', ')})`, async () => {
      const page = await suite.newPage();
      const errors = collectErrors(page);
      await page.goto(`chrome-extension://${suite.browser().extensionId}/popup.html`);
      expect(await page.evaluate(() => navigator.language), 'test premise: the browser locale').toBe(locale);
      const lines = page.locator('[data-section="reporting-lines"]');
      await lines.waitFor();
      expect(await lines.count()).toBe(1);
      expect(await lines.getAttribute('data-region')).toBe(region);
      const text = (await lines.textContent()) ?? '';
      for (const name of names) expect(text, `${locale} reporting lines`).toContain(name);
      expect(errors).toEqual([]);
    });
  });
}

describe('the popup on a registry tab', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('the content script answers the popup’s question; a non-registry tab has nobody to answer', async () => {
    const { context } = suite.browser();
    expect(isLiveUrl(twitch, TWITCH_LIVE), 'test premise: live URL').toBe(true);
    expect(isLiveUrl(twitch, TWITCH_NOT_LIVE), 'test premise: not-live URL').toBe(false);
    const live = await suite.open(TWITCH_LIVE);
    const notLive = await suite.open(TWITCH_NOT_LIVE);
    const other = await suite.open(NOT_REGISTRY);
    await waitForPanel(live);
    await waitForPanel(notLive);
    await other.waitForLoadState('load');
    const worker = await extensionWorker(context);
    const [liveId, notLiveId, otherId] = await lastTabIds(worker, 3);

    expect(await whichSite(worker, liveId!)).toEqual({ siteId: 'twitch', isLive: true });
    expect(await whichSite(worker, notLiveId!)).toEqual({ siteId: 'twitch', isLive: false });
    expect(await whichSite(worker, otherId!)).toMatch(/^no receiver: /);
  });

  it('popup.html rendered for an active live Twitch tab shows the Twitch card first, live risks leading', async () => {
    const { context, extensionId } = suite.browser();
    const tab = await suite.open(TWITCH_LIVE);
    await waitForPanel(tab);
    await tab.bringToFront();
    const { page, errors } = await openPopupBehindActiveTab(context, extensionId);
    try {
      const card = page.locator('[data-section="site"]');
      await card.waitFor();
      expect(await card.getAttribute('data-site')).toBe('twitch');
      expect(await card.locator('h2').first().textContent()).toBe('On this site: Twitch');
      // The checklist's progress line sits in the site block, under Report: the current platform is always in it.
      expect(await popupSections(page)).toEqual(['site', 'reporting-lines', 'tips']);
      expect(await card.locator('[data-section="checklist-progress"] li[data-site="twitch"]').count()).toBe(
        1,
      );
      const firstCardSection = await card
        .locator('[data-section="site-card"] [data-section]')
        .first()
        .getAttribute('data-section');
      expect(firstCardSection, 'a live page leads with live risks').toBe('live-risks');
      expect(await page.locator('[data-section="reporting-lines"]').getAttribute('data-region')).toBe('GB');
      await page.setViewportSize({ width: 400, height: 600 });
      await page.bringToFront();
      await screenshot(page, 'popup-en-GB-twitch-live');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('popup.html rendered for an active non-registry tab has no site card and no errors', async () => {
    const { context, extensionId } = suite.browser();
    const tab = await suite.open(NOT_REGISTRY);
    await tab.bringToFront();
    const { page, errors } = await openPopupBehindActiveTab(context, extensionId);
    try {
      await page.waitForTimeout(300);
      expect(await page.locator('[data-section="site"]').count()).toBe(0);
      // The checklist's progress line shows only once this browser has visited a platform (an earlier test).
      expect((await popupSections(page)).filter((id) => id !== 'checklist-progress')).toEqual([
        'reporting-lines',
        'tips',
      ]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('chrome.action.openPopup() opens the real toolbar popup on the active Twitch tab', async () => {
    const { context, extensionId } = suite.browser();
    // An extension page to look into the popup from (extension.getViews), opened before the
    // Twitch tab so the Twitch tab is the active one when the popup asks.
    const viewer = await suite.open(`chrome-extension://${extensionId}/guide.html`);
    const tab = await suite.open(TWITCH_LIVE);
    await waitForPanel(tab);
    await tab.bringToFront();
    const worker = await extensionWorker(context);
    const opened = await worker.evaluate(() =>
      chrome.action.openPopup().then(
        () => 'opened',
        (error: Error) => `failed: ${error.message}`,
      ),
    );
    expect(opened).toBe('opened');
    const popups = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['POPUP'] }));
    expect(popups.map((c) => c.documentUrl)).toEqual([`chrome-extension://${extensionId}/popup.html`]);

    await expect
      .poll(
        () =>
          viewer.evaluate(() => {
            const [popup] = chrome.extension.getViews({ type: 'popup' });
            const card = popup?.document.querySelector('[data-section="site"]');
            const lines = popup?.document.querySelector('[data-section="reporting-lines"]');
            return {
              popups: chrome.extension.getViews({ type: 'popup' }).length,
              site: card?.getAttribute('data-site') ?? null,
              region: lines?.getAttribute('data-region') ?? null,
            };
          }),
        { timeout: 10_000 },
      )
      .toEqual({ popups: 1, site: 'twitch', region: 'GB' });
  });
});

describe('the toolbar badge', () => {
  const suite = useExtensionBrowser();

  it('shows ✓ on a registry page, LIVE on a live page, nothing elsewhere; clears when the tab leaves', async () => {
    const { context } = suite.browser();
    const notLiveUrl = panelTestUrls(twitch, 'notLive').find((u) => !isLiveUrl(twitch, u)) ?? TWITCH_NOT_LIVE;
    const registryTab = await suite.open(notLiveUrl);
    const liveTab = await suite.open(TWITCH_LIVE);
    const otherTab = await suite.open(NOT_REGISTRY);
    await waitForPanel(registryTab);
    await waitForPanel(liveTab);
    await otherTab.waitForLoadState('load');
    const worker = await extensionWorker(context);
    const [registryId, liveId, otherId] = await lastTabIds(worker, 3);
    // Control: the tab order matches the pages (the content script says which is which).
    expect(await whichSite(worker, registryId!)).toEqual({ siteId: 'twitch', isLive: false });
    expect(await whichSite(worker, liveId!)).toEqual({ siteId: 'twitch', isLive: true });

    await expect.poll(() => badgeText(worker, registryId!), { timeout: 5_000 }).toBe('✓');
    await expect.poll(() => badgeText(worker, liveId!), { timeout: 5_000 }).toBe('LIVE');
    await otherTab.waitForTimeout(500);
    expect(await badgeText(worker, otherId!)).toBe('');

    await registryTab.goto('https://www.example.org/elsewhere');
    await registryTab.waitForLoadState('load');
    await expect.poll(() => badgeText(worker, registryId!), { timeout: 5_000 }).toBe('');
    expect(await badgeText(worker, liveId!), 'another tab keeps its badge').toBe('LIVE');

    await otherTab.goto(TWITCH_LIVE);
    await waitForPanel(otherTab);
    await expect.poll(() => badgeText(worker, otherId!), { timeout: 5_000 }).toBe('LIVE');
  });
});
