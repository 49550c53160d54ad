// Issue #5, privacy: a whole scripted session — the panel on several sites, the popup, the options
// page and the guide — during which the extension makes no network request at all. Requests for its
// own packaged files (chrome-extension://…) are not network requests; anything over http(s) or ws(s) is.
//
// Three vantage points, each checked by a positive control in a browser of its own:
// 1. Playwright's context-wide `request` event: pages, extension pages and the service worker.
// 2. A CDP session per page: the initiator of each request, which tells a content script's fetch
//    apart from the page's own.
// 3. The fixture server's log: every hostname resolves to it, so it also sees http(s) requests made
//    before the listeners were attached (e.g. when the extension is installed).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { SETTINGS_STORAGE_KEY } from '../../utils/storage-keys';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import type { SiteEntry } from '../../utils/registry-schema';
import {
  ensureOpen,
  expectNoPanel,
  clickInPanel,
  launchWithExtension,
  panelState,
  waitForPanel,
  type ExtensionBrowser,
} from '../../scripts/lib/browser';
import {
  CHROMIUM_OWN_ENDPOINTS,
  describeRequests,
  recordNetwork,
  unexpectedServedRequests,
  type NetworkRecorder,
  type SeenRequest,
} from './harness/network';
import type { ServedRequest } from '../../scripts/lib/server';
import { isLiveUrl, siteUrl } from './harness/sites';
import { trackExtensionWorlds } from './harness/worlds';

/** The few extension APIs called inside the service worker and extension pages. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: {
    query(q: { active?: boolean; currentWindow?: boolean }): Promise<{ index: number }[]>;
    create(p: { url: string; active?: boolean; index?: number }): Promise<unknown>;
  };
};

const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const NOT_REGISTRY = 'https://www.example.org/';
/** Time for anything deferred (timers, idle callbacks, storage listeners) to fire before counting. */
const SETTLE_MS = 2_000;

function entry(id: string): SiteEntry {
  const found = registry.find((e) => e.id === id);
  if (!found) throw new Error(`The registry has no ${id} entry.`);
  return found;
}

function extensionWorker(context: BrowserContext): Worker {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('The extension service worker is not running.');
  return worker;
}

async function expectPanelState(page: Page, state: 'open' | 'collapsed'): Promise<void> {
  await expect.poll(async () => (await panelState(page)).state, { message: page.url() }).toBe(state);
}

function describeServed(requests: readonly ServedRequest[]): string {
  return requests.map((r) => `  ${r.host}${r.path}`).join('\n') || '  (none)';
}

function verdictOf(seen: readonly SeenRequest[], url: string) {
  return [...new Set(seen.filter((r) => r.url === url).map((r) => `${r.vantage}:${r.verdict}`))].sort();
}

/** Runs `body` with a fresh browser whose every request is recorded from launch on. */
async function withRecordedBrowser<T>(
  extensionDir: string | undefined,
  body: (b: ExtensionBrowser, recorder: NetworkRecorder) => Promise<T>,
): Promise<T> {
  const b = await launchWithExtension(extensionDir ? { extensionDir } : {});
  const recorder = recordNetwork(b.context);
  try {
    return await body(b, recorder);
  } finally {
    recorder.dispose();
    await b.close();
  }
}

/** A fetch made inside the extension's content-script world (isolated world) of `page`, via CDP. */
async function fetchFromContentScriptWorld(
  page: Page,
  url: string,
  load: () => Promise<void>,
): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await session.send('Runtime.enable');
  await load();
  await expect
    .poll(() => worlds.length, { message: 'a content-script world in the page' })
    .toBeGreaterThan(0);
  await session.send('Runtime.evaluate', {
    expression: `fetch(${JSON.stringify(url)}).catch(() => 0)`,
    contextId: worlds[0],
    awaitPromise: true,
  });
}

/** A small MV3 extension that leaks in every way the recorder must catch. Written at test time. */
function writeLeakyExtension(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'streamwise-leaky-extension-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'Leaky control extension',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['https://*.twitch.tv/*'], js: ['content.js'], run_at: 'document_idle' }],
    }),
    'background.js': `
      chrome.runtime.onInstalled.addListener(() => { fetch('https://leak.example/worker-installed').catch(() => 0); });
      chrome.runtime.onMessage.addListener(() => { fetch('https://leak.example/worker-message').catch(() => 0); });
    `,
    'content.js': `
      fetch('https://leak.example/content-fetch').catch(() => 0);
      const img = document.createElement('img');
      img.src = 'https://leak.example/content-img.png';
      document.body.append(img);
      try { new WebSocket('wss://leak.example/content-ws'); } catch {}
      chrome.runtime.sendMessage('hello');
      document.documentElement.dataset.leaky = 'ran';
    `,
    'page.html': '<!doctype html><title>leaky page</title><script src="page.js"></script>',
    'page.js': `
      fetch('https://leak.example/page-fetch').catch(() => 0);
      navigator.sendBeacon('https://leak.example/page-beacon', 'x');
    `,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('network silence', () => {
  it('control: requests from the Streamwise worker, its pages and its content-script world are caught', async () => {
    await withRecordedBrowser(undefined, async ({ context, extensionId, server }, recorder) => {
      const fromWorker = 'https://control.example/from-worker';
      const fromPage = 'https://control.example/from-extension-page';
      const fromContentWorld = 'https://control.example/from-content-script-world';

      await extensionWorker(context).evaluate(
        (url) =>
          fetch(url).then(
            () => 'ok',
            () => 'failed',
          ),
        fromWorker,
      );

      const page = await recorder.newPage();
      await recorder.goto(page, `chrome-extension://${extensionId}/popup.html`);
      await page.evaluate((url) => fetch(url).catch(() => 0), fromPage);

      const site = await recorder.newPage();
      await fetchFromContentScriptWorld(site, fromContentWorld, async () => {
        await recorder.goto(site, TWITCH_LIVE);
        await waitForPanel(site);
      });
      await site.waitForTimeout(500);

      const seen = recorder.network();
      console.log(`control (Streamwise, provoked requests):\n${describeRequests(seen)}`);
      expect(verdictOf(seen, fromWorker)).toEqual(['playwright:extension']);
      expect(verdictOf(seen, fromPage)).toEqual(['cdp:extension', 'playwright:extension']);
      // Code evaluated over CDP has no script URL, so only the "nothing else may load" rule catches it.
      expect(verdictOf(seen, fromContentWorld)).toEqual(['cdp:unexplained', 'playwright:unexplained']);
      expect(verdictOf(seen, TWITCH_LIVE)).toEqual(['cdp:test-navigation', 'playwright:test-navigation']);

      const unexpected = unexpectedServedRequests(server.requests, recorder.navigations());
      expect(unexpected.map((r) => `${r.host}${r.path}`).sort()).toEqual(
        [fromContentWorld, fromPage, fromWorker].map((u) => u.replace('https://', '')).sort(),
      );
    });
  });

  it('control: a leaky extension is caught from its worker, page and content script, and Chromium’s own requests are known', async () => {
    const dir = writeLeakyExtension();
    try {
      await withRecordedBrowser(dir, async ({ context, extensionId, server }, recorder) => {
        const page = await recorder.newPage();
        await recorder.goto(page, TWITCH_LIVE);
        await page.waitForFunction(() => document.documentElement.dataset.leaky === 'ran');
        await recorder.goto(page, `chrome-extension://${extensionId}/page.html`);
        await page.waitForTimeout(1_000);
        expect(context.serviceWorkers().length).toBeGreaterThan(0);

        const seen = recorder.network();
        console.log(`control (leaky extension):\n${describeRequests(seen)}`);
        expect(verdictOf(seen, 'https://leak.example/worker-message')).toEqual(['playwright:extension']);
        expect(verdictOf(seen, 'https://leak.example/content-fetch')).toEqual([
          'cdp:extension',
          'playwright:unexplained',
        ]);
        // An element the content script inserts loads as the page's own: caught as unexplained.
        expect(verdictOf(seen, 'https://leak.example/content-img.png')).toEqual([
          'cdp:unexplained',
          'playwright:unexplained',
        ]);
        expect(verdictOf(seen, 'wss://leak.example/content-ws')).toEqual([
          'cdp:extension',
          'websocket:unexplained',
        ]);
        expect(verdictOf(seen, 'https://leak.example/page-fetch')).toEqual([
          'cdp:extension',
          'playwright:extension',
        ]);
        expect(verdictOf(seen, 'https://leak.example/page-beacon')).toEqual([
          'cdp:extension',
          'playwright:extension',
        ]);

        // The server saw the install-time request too, whether or not a listener was attached by then.
        const unexpected = unexpectedServedRequests(server.requests, recorder.navigations());
        console.log(
          `control (leaky extension), fixture server beyond the test's pages:\n${describeServed(unexpected)}`,
        );
        expect(unexpected.every((r) => r.host === 'leak.example')).toBe(true);
        expect(unexpected.map((r) => r.path)).toEqual(
          expect.arrayContaining([
            '/worker-installed',
            '/worker-message',
            '/content-fetch',
            '/content-img.png',
            '/page-fetch',
            '/page-beacon',
          ]),
        );

        // Everything else the server received without Streamwise loaded is Chromium's own traffic.
        const chromiumOwn = server.requests.filter((r) =>
          CHROMIUM_OWN_ENDPOINTS.some((e) => e.host === r.host && r.path.startsWith(e.pathname)),
        );
        console.log(`control (leaky extension), Chromium's own requests:\n${describeServed(chromiumOwn)}`);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a full session makes 0 requests by the extension', { timeout: 180_000 }, async () => {
    const twitch = entry('twitch');
    const youtube = entry('youtube');
    const tiktok = entry('tiktok');
    const roblox = entry('roblox');
    expect(isLiveUrl(twitch, TWITCH_LIVE), `${TWITCH_LIVE} is a live page`).toBe(true);

    await withRecordedBrowser(undefined, async ({ context, extensionId, server }, recorder) => {
      const extensionPage = (name: string) => `chrome-extension://${extensionId}/${name}`;
      const worker = extensionWorker(context);

      // Twitch, live: the panel opens; collapse and expand it.
      const page = await recorder.newPage();
      await recorder.goto(page, TWITCH_LIVE);
      expect(await ensureOpen(page)).toMatchObject({ hosts: 1, site: 'twitch', live: 'true' });
      await clickInPanel(page, '[data-action="collapse"]');
      await expectPanelState(page, 'collapsed');
      await clickInPanel(page, '[data-action="expand"]');
      await expectPanelState(page, 'open');

      // YouTube: collapse and expand.
      await recorder.goto(page, siteUrl(youtube));
      expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: 'youtube', state: 'open' });
      await clickInPanel(page, '[data-action="collapse"]');
      await expectPanelState(page, 'collapsed');
      await clickInPanel(page, '[data-action="expand"]');
      await expectPanelState(page, 'open');

      // TikTok in a second tab: dismiss, then reload.
      const second = await recorder.newPage();
      await recorder.goto(second, siteUrl(tiktok));
      expect(await waitForPanel(second)).toMatchObject({ hosts: 1, site: 'tiktok' });
      await clickInPanel(second, '[data-action="dismiss"]');
      await expect.poll(async () => (await panelState(second)).hosts).toBe(0);
      await second.reload();
      await expectNoPanel(second);

      // Roblox: open on the first visit, collapsed on the next, expanded again.
      await recorder.goto(page, siteUrl(roblox));
      expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: 'roblox', state: 'open' });
      await page.waitForTimeout(250);
      await page.reload();
      expect(await waitForPanel(page)).toMatchObject({ hosts: 1, state: 'collapsed' });
      expect(await ensureOpen(page)).toMatchObject({ state: 'open' });

      // A page off the registry: no panel, no content-script world.
      const plain = await recorder.newPage();
      const worlds = await trackExtensionWorlds(plain);
      await recorder.goto(plain, NOT_REGISTRY);
      await expectNoPanel(plain);
      expect(worlds.names()).toEqual([]);

      // The popup, as a tab of its own and behind the Twitch tab (asking its content script which site).
      const popup = await recorder.newPage();
      await recorder.goto(popup, extensionPage('popup.html'));
      await popup.waitForSelector('[data-section="reporting-lines"]');
      await recorder.goto(page, TWITCH_LIVE);
      await waitForPanel(page);
      await page.bringToFront();
      const [behind] = await Promise.all([
        context.waitForEvent('page', { predicate: (p) => p.url() === extensionPage('popup.html') }),
        worker.evaluate(async (url) => {
          const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
          await chrome.tabs.create({ url, active: false, index: (active?.index ?? 0) + 1 });
        }, extensionPage('popup.html')),
      ]);
      await behind.waitForSelector('[data-section="site"]');

      // Options: change the region and the panel corner; both are stored.
      const options = await recorder.newPage();
      await recorder.goto(options, extensionPage('options.html'));
      await options.locator('select[data-setting="region"]').selectOption('AU');
      await options.locator('input[name="panelCorner"][value="top-left"]').check();
      await expect
        .poll(async () => {
          const stored = await worker.evaluate((key) => chrome.storage.local.get(key), SETTINGS_STORAGE_KEY);
          const s = stored[SETTINGS_STORAGE_KEY] as { region?: unknown; panelCorner?: unknown } | undefined;
          return [s?.region, s?.panelCorner];
        })
        .toEqual(['AU', 'top-left']);

      // The guide: search.
      const guide = await recorder.newPage();
      await recorder.goto(guide, extensionPage('guide.html'));
      await guide.locator('[data-testid="guide-search"]').fill('twitch');
      await expect
        .poll(() =>
          guide.locator('li[data-site]').evaluateAll((li) => li.map((e) => e.getAttribute('data-site'))),
        )
        .toEqual(['twitch']);
      await guide.locator('[data-testid="guide-search"]').fill('tok');
      await expect
        .poll(() =>
          guide.locator('li[data-site]').evaluateAll((li) => li.map((e) => e.getAttribute('data-site'))),
        )
        .toContain('tiktok');

      // A registry page after the settings changed, then a pause for anything deferred.
      await recorder.goto(page, 'https://www.twitch.tv/directory');
      expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: 'twitch', live: 'false' });
      await page.waitForTimeout(SETTLE_MS);

      const all = recorder.seen();
      const network = recorder.network();
      const count = (verdict: string) => network.filter((r) => r.verdict === verdict);
      const byExtension = count('extension');
      const unexplained = count('unexplained');
      const unexpectedServed = unexpectedServedRequests(server.requests, recorder.navigations());
      const chromiumOwn = server.requests.filter((r) =>
        CHROMIUM_OWN_ENDPOINTS.some((e) => e.host === r.host && r.path.startsWith(e.pathname)),
      );
      const packaged = all.filter(
        (r) => r.verdict === 'not-network' && r.url.startsWith('chrome-extension://'),
      );

      console.log(
        [
          'network silence, full session:',
          `  requests seen: ${all.length} (playwright ${all.filter((r) => r.vantage === 'playwright').length}, cdp ${all.filter((r) => r.vantage === 'cdp').length}, websocket ${all.filter((r) => r.vantage === 'websocket').length})`,
          `  extension's own packaged files (chrome-extension://, not network): ${packaged.length}`,
          `  network requests: ${network.length}: test navigations ${count('test-navigation').length}, browser favicons ${count('browser-favicon').length}, by the extension ${byExtension.length}, unexplained ${unexplained.length}`,
          `  fixture server: ${server.requests.length} requests; Chromium's own ${chromiumOwn.length}; beyond the test's page loads, their favicons and Chromium's own: ${unexpectedServed.length}`,
          `  pages the test loaded: ${recorder.navigations().length}`,
        ].join('\n'),
      );

      // The capture was live: it saw the test's page loads and the extension loading its own files.
      expect(count('test-navigation').length).toBeGreaterThanOrEqual(8);
      expect(packaged.length).toBeGreaterThan(0);

      expect(byExtension, `requests made by the extension:\n${describeRequests(byExtension)}`).toHaveLength(
        0,
      );
      expect(
        unexplained,
        `requests nobody in the test asked for:\n${describeRequests(unexplained)}`,
      ).toHaveLength(0);
      expect(
        unexpectedServed,
        `the fixture server received requests beyond the test's page loads:\n${describeServed(unexpectedServed)}`,
      ).toHaveLength(0);
    });
  });
});
