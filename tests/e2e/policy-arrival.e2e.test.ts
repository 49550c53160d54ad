// Issue 17, item 1: a policy that arrives while a page with the panel is already open. Chromium starts
// with no policy file; the file is written once the Twitch page shows its panel, and Chromium notices it by
// itself (its file watcher, then the 5 s settle time it waits before reading a changed file), as when an
// admin pushes a policy to a running browser. Times are taken where things happen: arrival in the worker,
// the panel's removal in the page (both Date.now() on the same machine).
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  panelState,
  waitForPanel,
  type ExtensionBrowser,
} from '../../scripts/lib/browser';
import { extensionWorker } from './harness/extension-pages';
import { collectErrors } from './harness/page-errors';
import { removeExtensionPolicy, writeExtensionPolicy } from '../../scripts/lib/policy';

declare const chrome: {
  storage: {
    managed: { get(): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
};

const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const POLICY = { disabledSites: ['twitch'] };

describe('a policy arriving while a Twitch page shows its panel (disabledSites: ["twitch"])', () => {
  let chromium: ExtensionBrowser | undefined;
  let launchedAt = 0;
  let worker: Worker;
  let twitch: Page;
  let options: Page;
  let optionsErrors: string[] = [];
  /** When the worker's first storage.managed.get() answered (it waits until Chromium has loaded policy). */
  let managedAnswered: Promise<number>;
  let panelShownAt = 0;
  let arrivedAt = 0;

  beforeAll(async () => {
    launchedAt = Date.now();
    // No policy file (any leftover is removed first). The welcome page stays: waiting for it would wait for
    // the policy read that this test times.
    chromium = await launchWithExtension({ welcome: 'keep' });
    worker = await extensionWorker(chromium.context);
    managedAnswered = worker.evaluate(() => chrome.storage.managed.get().then(() => Date.now()));
  });
  afterAll(async () => {
    await chromium?.close();
    removeExtensionPolicy();
  });

  function browser(): ExtensionBrowser {
    if (!chromium) throw new Error('Chromium did not launch (see the beforeAll error).');
    return chromium;
  }

  it('the panel and the options page show at once, before Chromium has loaded policy', async () => {
    options = await browser().context.newPage();
    optionsErrors = collectErrors(options);
    void options.goto(`chrome-extension://${browser().extensionId}/options.html`);
    twitch = await browser().context.newPage();
    await twitch.goto(TWITCH_LIVE);
    expect(await waitForPanel(twitch, 15_000)).toMatchObject({ hosts: 1, site: 'twitch' });
    panelShownAt = Date.now();
    // Not blank while policy is pending: the settings are drawn from what is stored.
    await options.waitForSelector('main.sw-options fieldset', { timeout: 10_000 });
    const optionsShownAt = Date.now();
    expect(await options.locator('input[data-site="twitch"]').isChecked()).toBe(true);

    const answeredAt = await managedAnswered;
    console.log(
      `[policy-arrival] after launch: panel on Twitch at ${panelShownAt - launchedAt} ms, options page drawn at ` +
        `${optionsShownAt - launchedAt} ms, storage.managed.get() first answered at ${answeredAt - launchedAt} ms`,
    );
    expect(panelShownAt, 'the panel did not wait for storage.managed to answer').toBeLessThan(answeredAt);
    expect(optionsShownAt, 'the options page did not wait for storage.managed').toBeLessThan(answeredAt);
  });

  it('the policy written after launch reaches storage.managed (Chromium’s own reload, ~5 s)', async () => {
    // The worker notes the first moment it sees the value: storage.onChanged for "managed", or a
    // storage.managed.get() poll every 20 ms, whichever comes first.
    await worker.evaluate(() => {
      const g = globalThis as { __swArrival?: number };
      const seen = (value: unknown) => {
        if (g.__swArrival === undefined && Array.isArray(value) && value.includes('twitch')) {
          g.__swArrival = Date.now();
        }
      };
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'managed') seen(changes.disabledSites?.newValue);
      });
      const timer = setInterval(() => {
        if (g.__swArrival !== undefined) return clearInterval(timer);
        void chrome.storage.managed.get().then((v) => seen(v.disabledSites));
      }, 20);
    });
    // The page notes when the panel's host leaves the document.
    await twitch.evaluate(() => {
      const w = window as { __swGone?: number };
      const present = () =>
        [...document.documentElement.children].some((el) => el.localName.startsWith('streamwise-panel'));
      new MutationObserver(() => {
        if (w.__swGone === undefined && !present()) w.__swGone = Date.now();
      }).observe(document.documentElement, { childList: true });
    });
    expect((await panelState(twitch)).hosts, 'premise: the panel is still shown').toBe(1);

    const writtenAt = Date.now();
    writeExtensionPolicy(browser().extensionId, POLICY);
    await expect
      .poll(() => worker.evaluate(() => (globalThis as { __swArrival?: number }).__swArrival ?? 0), {
        timeout: 30_000,
        interval: 100,
        message: 'Chromium handed the extension the new policy',
      })
      .toBeGreaterThan(0);
    arrivedAt = await worker.evaluate(() => (globalThis as { __swArrival?: number }).__swArrival ?? 0);
    console.log(
      `[policy-arrival] the policy reached storage.managed ${arrivedAt - writtenAt} ms after its file was written`,
    );
    expect(await worker.evaluate(() => chrome.storage.managed.get())).toEqual(POLICY);
  });

  it('the panel on the open Twitch tab disappears within 1 s of the policy’s arrival', async () => {
    expect(arrivedAt, 'premise: the policy arrived').toBeGreaterThan(0);
    const goneAt = async () => twitch.evaluate(() => (window as { __swGone?: number }).__swGone ?? 0);
    await expect
      .poll(goneAt, { timeout: 5_000, interval: 50, message: 'the panel left the Twitch page' })
      .toBeGreaterThan(0);
    const delay = (await goneAt()) - arrivedAt;
    console.log(`[policy-arrival] policy arrival to panel gone: ${delay} ms`);
    expect(delay).toBeLessThan(1_000);
    expect((await panelState(twitch)).hosts, 'no host left in the page').toBe(0);
  });

  it('the options page opened before the policy now shows Twitch as set by the organisation', async () => {
    const box = options.locator('input[data-site="twitch"]');
    await expect.poll(() => box.isDisabled(), { timeout: 5_000 }).toBe(true);
    expect(await box.isChecked()).toBe(false);
    expect(await options.locator('li', { has: box }).textContent()).toContain('Set by your organisation');
    expect(optionsErrors).toEqual([]);
  });
});
