import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import type { SiteEntry } from '../../utils/registry-schema';
import {
  clickInPanel,
  ensureOpen,
  evalInPanel,
  expectNoPanel,
  panelBox,
  panelState,
  screenshot,
  waitForPanel,
  type Box,
} from '../../scripts/lib/browser';
import { entryForUrl, isLiveUrl, panelTestUrls, siteUrl, withFixture } from './harness/sites';
import { useExtensionBrowser } from './harness/suite';
import { trackExtensionWorlds } from './harness/worlds';

const VIEWPORT_QUARTER = (1280 * 800) / 4;
const SCREENSHOT_SITES = 3;

/** Hosts that are not registry pages: unrelated sites, look-alikes, hostname-ending tricks, punycode. */
const NOT_REGISTRY_URLS = [
  'https://www.example.org/',
  'https://twitch.tv.evil.example/',
  'https://nottwitch.tv/',
  'https://www.twitch.tv.example.com/',
  'https://xn--twtch-o2e.tv/', // twіtch.tv with a Cyrillic і
  'https://xn--yutube-wqf.com/', // yоutube.com with a Cyrillic о
  'https://youtube.com.phish.example/',
  'https://tiktok-login.example/',
  'https://www.google.com/',
  'https://en.wikipedia.org/',
  'https://notdiscord.com/',
  'https://discord.com.evil.example/',
  'https://twitchtv.example/twitch.tv/examplechannel',
];
const EXCLUDED_URLS = registry.flatMap((entry) =>
  (entry.excludeHosts ?? []).map((host) => `https://${host}/`),
);

function entry(id: string, fallbackIndex: number): SiteEntry {
  const found = registry.find((e) => e.id === id) ?? registry[fallbackIndex];
  if (!found) throw new Error(`The registry needs at least ${fallbackIndex + 1} entries for this test.`);
  return found;
}

function firstSection(page: Page): Promise<string | null> {
  return evalInPanel(
    page,
    (root) =>
      root?.querySelector('[data-testid="panel"] [data-section]')?.getAttribute('data-section') ?? null,
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('a panel on every registry site', () => {
  const suite = useExtensionBrowser();

  it('the registry has entries', () => {
    expect(registry.length).toBeGreaterThan(0);
  });

  registry.forEach((site, index) => {
    it(`${site.id}: the panel opens with "Safety tips for ${site.name}"`, async () => {
      const url = siteUrl(site);
      expect(entryForUrl(registry, url)?.id, `${url} belongs to ${site.id}`).toBe(site.id);
      const page = await suite.open(url);
      const state = await waitForPanel(page);
      expect(state).toMatchObject({ hosts: 1, state: 'open', site: site.id });
      expect(state.headingText).toContain(`Safety tips for ${site.name}`);
      if (index < SCREENSHOT_SITES) await screenshot(page, `site-${site.id}`);
    });
  });
});

describe('live detection by URL', () => {
  const suite = useExtensionBrowser();
  const liveSites = registry.filter((site) => panelTestUrls(site, 'live').length > 0);

  it('some registry entries have live test URLs', () => {
    expect(liveSites.length).toBeGreaterThan(0);
  });

  for (const site of liveSites) {
    it(`${site.id}: a live URL shows live risks first; a not-live URL shows data-live="false"`, async () => {
      const liveUrl = panelTestUrls(site, 'live')[0]!;
      const page = await suite.open(liveUrl);
      const live = await ensureOpen(page);
      expect(live, liveUrl).toMatchObject({ hosts: 1, site: site.id, live: 'true' });
      expect(await firstSection(page), `first section on ${liveUrl}`).toBe('live-risks');

      const notLiveUrl = [...panelTestUrls(site, 'notLive'), `https://${site.hosts[0]}/`].find(
        (url) => !isLiveUrl(site, url),
      );
      expect(notLiveUrl, `${site.id} has a not-live URL to try`).toBeDefined();
      await page.goto(notLiveUrl!);
      expect(await waitForPanel(page), notLiveUrl).toMatchObject({ hosts: 1, site: site.id, live: 'false' });
    });
  }
});

describe('no panel off the registry', () => {
  const suite = useExtensionBrowser();
  const urls = [...NOT_REGISTRY_URLS, ...EXCLUDED_URLS];

  it('covers at least ten look-alike or excluded hosts', () => {
    expect(urls.length).toBeGreaterThanOrEqual(10);
  });

  it('control: the content script world is seen on a registry page', async () => {
    const page = await suite.newPage();
    const worlds = await trackExtensionWorlds(page);
    await page.goto(siteUrl(entry('twitch', 0)));
    await waitForPanel(page);
    expect(worlds.names().length).toBeGreaterThan(0);
  });

  for (const url of urls) {
    it(`${url}: no panel, no content script`, async () => {
      expect(entryForUrl(registry, url)?.id, 'test premise: not a registry page').toBeUndefined();
      const page = await suite.newPage();
      const worlds = await trackExtensionWorlds(page);
      await page.goto(url);
      await expectNoPanel(page);
      expect(worlds.names(), 'extension isolated worlds').toEqual([]);
    });
  }
});

describe('dismiss', () => {
  const suite = useExtensionBrowser();

  it('removes the panel for that site, also after a reload; another site still shows one', async () => {
    const site = entry('twitch', 0);
    const other = registry.find((e) => e.id !== site.id)!;
    const page = await suite.open(siteUrl(site));
    await waitForPanel(page);
    await clickInPanel(page, '[data-action="dismiss"]');
    await expect.poll(async () => (await panelState(page)).hosts).toBe(0);

    await page.reload();
    await expectNoPanel(page);
    await page.goto(`https://${site.hosts[0]}/another-page-on-the-same-site`);
    await expectNoPanel(page);

    await page.goto(siteUrl(other));
    expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: other.id });
  });
});

describe('open and collapsed', () => {
  const suite = useExtensionBrowser();

  it('opens on the first visit, starts collapsed on the next; expand and collapse work', async () => {
    const site = entry('youtube', 1);
    const page = await suite.open(siteUrl(site));
    const first = await waitForPanel(page);
    expect(first.state).toBe('open');
    expect(first.headingText).toContain(`Safety tips for ${site.name}`);
    await page.waitForTimeout(250); // a person reads for longer than this before reloading

    await page.reload();
    expect(await waitForPanel(page)).toMatchObject({ hosts: 1, state: 'collapsed' });
    await screenshot(page, 'panel-collapsed');

    await clickInPanel(page, '[data-action="expand"]');
    await expect.poll(async () => (await panelState(page)).state).toBe('open');
    expect((await panelState(page)).headingText).toContain(`Safety tips for ${site.name}`);

    await clickInPanel(page, '[data-action="collapse"]');
    await expect.poll(async () => (await panelState(page)).state).toBe('collapsed');
    expect((await panelState(page)).hosts).toBe(1);
  });
});

describe('single-page navigation', () => {
  const suite = useExtensionBrowser();

  it('20 pushState navigations keep one panel whose data-live follows the URL', async () => {
    const site = entry('twitch', 0);
    const start = panelTestUrls(site, 'live')[0];
    expect(start, `${site.id} has a live test URL`).toBeDefined();
    const origin = new URL(start!).origin;
    const extra = ['/directory', '/anotherchannel', '/third_channel', '/videos/987654321'].map(
      (p) => origin + p,
    );
    const candidates = [
      ...new Set([...panelTestUrls(site, 'live'), ...panelTestUrls(site, 'notLive'), ...extra]),
    ].filter((url) => new URL(url).origin === origin);
    const live = candidates.filter((url) => isLiveUrl(site, url));
    const notLive = candidates.filter((url) => !isLiveUrl(site, url));
    expect(live.length).toBeGreaterThanOrEqual(2);
    expect(notLive.length).toBeGreaterThanOrEqual(2);
    const steps = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? notLive[(i / 2) % notLive.length]! : live[((i - 1) / 2) % live.length]!,
    );

    const page = await suite.open(withFixture(start!, 'spa'));
    expect(await waitForPanel(page)).toMatchObject({ hosts: 1, live: 'true' });
    await page.evaluate(() => ((window as unknown as { loadMarker: number }).loadMarker = 1));

    for (const [i, url] of steps.entries()) {
      const { pathname, search } = new URL(url);
      await page.evaluate(
        (path) => (window as unknown as { spaNavigate(p: string): void }).spaNavigate(path),
        pathname + search,
      );
      await expect
        .poll(async () => (await panelState(page)).live, { message: `step ${i + 1}: ${url}`, timeout: 5_000 })
        .toBe(String(isLiveUrl(site, url)));
      expect((await panelState(page)).hosts, `step ${i + 1}: ${url}`).toBe(1);
    }
    await page.waitForTimeout(500);
    expect((await panelState(page)).hosts).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker)).toBe(1);
  });
});

describe('the panel stays out of the way', () => {
  const suite = useExtensionBrowser();

  it('covers at most a quarter of the viewport, takes no focus, and page clicks outside it land', async () => {
    const site = entry('twitch', 0);
    const page = await suite.open(
      withFixture(panelTestUrls(site, 'live')[0] ?? siteUrl(site), 'click-targets'),
    );
    expect((await waitForPanel(page)).state).toBe('open');
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    await screenshot(page, 'panel-open-live');

    const box = await panelBox(page);
    expect(box).not.toBeNull();
    expect(box!.width * box!.height).toBeGreaterThan(0);
    expect(box!.width * box!.height).toBeLessThanOrEqual(VIEWPORT_QUARTER);

    const focus = {
      active: await page.evaluate(
        () => document.activeElement?.id || document.activeElement?.tagName.toLowerCase(),
      ),
      inPanel: await evalInPanel(page, (root) => root?.activeElement != null),
    };
    expect(focus).toEqual({ active: 'page-search', inPanel: false });

    const targets = await page.evaluate(() =>
      [...document.querySelectorAll('button.target')].map((b) => {
        const r = b.getBoundingClientRect();
        return { id: b.id, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }),
    );
    const outside = targets.filter((t) => !overlaps(t.box, box!));
    expect(outside.length).toBeGreaterThan(0);
    for (const t of outside) {
      await page.mouse.click(t.box.x + t.box.width / 2, t.box.y + t.box.height / 2);
    }
    expect(await page.evaluate(() => (window as unknown as { pageClicks: string[] }).pageClicks)).toEqual(
      outside.map((t) => t.id),
    );

    await clickInPanel(page, '[data-action="collapse"]');
    await expect.poll(async () => (await panelState(page)).state).toBe('collapsed');
    const collapsed = await panelBox(page);
    expect(collapsed!.width * collapsed!.height).toBeLessThanOrEqual(VIEWPORT_QUARTER);
  });

  it('leaves focus on the page body of an ordinary page', async () => {
    const site = registry.find((e) => e.id !== entry('twitch', 0).id)!;
    const page = await suite.open(siteUrl(site));
    expect((await waitForPanel(page)).state).toBe('open');
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });
});
