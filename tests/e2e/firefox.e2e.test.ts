// Firefox smoke test: the Firefox MV3 build (.output/firefox-mv3), installed as a temporary add-on
// in Debian's Firefox ESR over WebDriver BiDi, shows its panel on a registry page, stays off a page
// outside the registry, and renders its popup page. Fails — never skips — when Firefox is missing.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { isLiveUrl } from './harness/sites';

const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const NOT_REGISTRY = 'https://www.example.org/';

interface FirefoxPanel {
  hosts: number;
  shadowMode: string | null;
  state: string | null;
  site: string | null;
  live: string | null;
  headingText: string | null;
}

// Runs in the page: self-contained.
function readPanel(page: Page): Promise<FirefoxPanel> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('streamwise-panel');
    const root = hosts[0]?.shadowRoot ?? null;
    const panel = root?.querySelector('[data-testid="panel"]') ?? null;
    const heading = panel?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]') ?? null;
    return {
      hosts: hosts.length,
      shadowMode: root?.mode ?? null,
      state: panel?.getAttribute('data-state') ?? null,
      site: panel?.getAttribute('data-site') ?? null,
      live: panel?.getAttribute('data-live') ?? null,
      headingText: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    };
  });
}

describe('Firefox ESR with the Firefox build', () => {
  let firefox: FirefoxWithExtension | undefined;
  let launchError: unknown;

  // A failed launch (e.g. no Firefox installed) fails every test with its message: never a skip.
  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension().catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  function ff(): FirefoxWithExtension {
    if (!firefox) throw launchError ?? new Error('Firefox did not launch.');
    return firefox;
  }

  async function open(url: string): Promise<Page> {
    const page = await ff().browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  it(`shows the panel with its heading on ${TWITCH_LIVE}`, async () => {
    const twitch = registry.find((e) => e.id === 'twitch');
    expect(twitch, 'the registry has a twitch entry').toBeDefined();
    expect(isLiveUrl(twitch!, TWITCH_LIVE)).toBe(true);

    const page = await open(TWITCH_LIVE);
    await page
      .waitForFunction(
        () =>
          document.querySelector('streamwise-panel')?.shadowRoot?.querySelector('[data-testid="panel"]') !=
          null,
        { timeout: 15_000, polling: 50 },
      )
      .catch(async () => {
        throw new Error(
          `No Streamwise panel in Firefox on ${page.url()}: ${JSON.stringify(await readPanel(page))}`,
        );
      });
    expect(await readPanel(page)).toEqual({
      hosts: 1,
      shadowMode: 'open',
      state: 'open',
      site: 'twitch',
      live: 'true',
      headingText: expect.stringContaining(`Safety tips for ${twitch!.name}`),
    });
    // The page really came from the fixture server, through the proxy, under its own hostname.
    expect(ff().server.requests).toContainEqual({ host: 'www.twitch.tv', path: '/somechannel' });
    expect(ff().proxy.requests).toContain('CONNECT www.twitch.tv:443');
  });

  it(`shows no panel on ${NOT_REGISTRY}`, async () => {
    const page = await open(NOT_REGISTRY);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await page.evaluate(() => document.title)).toBe('www.example.org');
    expect((await readPanel(page)).hosts).toBe(0);
  });

  /**
   * Opens an extension page. Puppeteer 24 loses track of a navigation that moves a tab into Firefox's
   * extension process (page.goto never settles and page.url() stays about:blank) although the document
   * loads; so start the navigation, wait for the page's own content, and read the URL from inside it.
   */
  async function openExtensionPage(file: string, readySelector: string): Promise<Page> {
    const url = `${ff().extensionOrigin}/${file}`;
    const page = await ff().browser.newPage();
    void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
    await page.waitForSelector(readySelector, { timeout: 10_000 }).catch(async () => {
      const seen = await page.evaluate(() => location.href).catch((e: Error) => e.message);
      throw new Error(`${url} did not render ${readySelector} in Firefox (at: ${seen})`);
    });
    expect(await page.evaluate(() => location.href)).toBe(url);
    return page;
  }

  it('renders popup.html with tips and reporting lines', async () => {
    const page = await openExtensionPage('popup.html', '[data-section="reporting-lines"]');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Streamwise');
    expect(await page.$$eval('[data-section="parent-tips"] li', (li) => li.length)).toBeGreaterThan(0);
  });

  it('renders options.html although Firefox rejects storage.managed.get() without a policy', async () => {
    const page = await openExtensionPage('options.html', 'input[name="audience"]');
    expect(await page.$$eval('input[type="checkbox"][data-site]', (boxes) => boxes.length)).toBe(
      registry.length,
    );
  });
});
