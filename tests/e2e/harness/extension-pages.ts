import type { BrowserContext, Page, Worker } from 'playwright-core';
import { collectErrors } from './page-errors';

/** The part of `chrome.*` the worker-side code below uses (it runs in the extension, not in Node). */
declare const chrome: {
  tabs: {
    query(q: { active?: boolean; currentWindow?: boolean }): Promise<{ index: number }[]>;
    create(p: { url: string; active?: boolean; index?: number }): Promise<unknown>;
  };
};

/** The extension's service worker, waiting up to 10 s for it to start. */
export function extensionWorker(context: BrowserContext): Promise<Worker> {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (found) return Promise.resolve(found);
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: 10_000,
  });
}

/**
 * The real popup.html rendered for whatever tab is active: the worker opens it as a background tab
 * next to the active one, so `tabs.query({ active, currentWindow })` in the popup still finds that tab.
 * It is reloaded once: Playwright's locale emulation can reach a page the extension opened only after
 * its first scripts ran (seen: i18n.getUILanguage() gave en-US, region US, in about 1 run in 3), and the
 * reload also lets the error collector see the whole load.
 */
export async function openPopupBehindActiveTab(
  context: BrowserContext,
  extensionId: string,
  /** Runs before the reload, e.g. to set the tab's language or device. */
  prepare?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const worker = await extensionWorker(context);
  const url = `chrome-extension://${extensionId}/popup.html`;
  const [page] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }),
    worker.evaluate(async (popupUrl) => {
      const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
      await chrome.tabs.create({ url: popupUrl, active: false, index: (active?.index ?? 0) + 1 });
    }, url),
  ]);
  await page.waitForLoadState('load');
  const errors = collectErrors(page);
  await prepare?.(page);
  await page.reload();
  await page.waitForSelector('[data-section="reporting-lines"]', { timeout: 10_000 });
  return { page, errors };
}
