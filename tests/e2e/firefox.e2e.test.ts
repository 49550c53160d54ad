// Firefox smoke test: the Firefox MV3 build (.output/firefox-mv3), installed as a temporary add-on
// in Debian's Firefox ESR over WebDriver BiDi, shows its panel on a registry page, stays off a page
// outside the registry, and renders its popup page. Fails — never skips — when Firefox is missing.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './harness/firefox';
import { isLiveUrl } from './harness/sites';
import { evalInFirefoxPanel } from './harness/firefox-panel';

const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const NOT_REGISTRY = 'https://www.example.org/';

/**
 * What a page can tell of the panel in Firefox: the host, its (absent) attributes and root, and what is
 * painted at the panel's corner — the open card covers a much larger area than the chip.
 */
interface FirefoxPanel {
  hosts: number;
  attributes: number | null;
  shadowRootVisible: boolean | null;
  /** Our host is what the page hits inside the bottom-right corner (chip or card). */
  cornerPainted: boolean;
  /** Our host is what the page hits 200 px in from the right edge: only the open card reaches there. */
  openPainted: boolean;
}

// Runs in the page: self-contained.
function readPanel(page: Page): Promise<FirefoxPanel> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('*')].filter((el) =>
      el.localName.startsWith('streamwise-panel'),
    );
    const host = hosts[0];
    const at = (x: number, y: number) => host !== undefined && document.elementFromPoint(x, y) === host;
    return {
      hosts: hosts.length,
      attributes: host ? host.attributes.length : null,
      shadowRootVisible: host ? host.shadowRoot !== null : null,
      cornerPainted: at(innerWidth - 40, innerHeight - 34),
      openPainted: at(innerWidth - 200, innerHeight - 100),
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

  it(`shows the open panel, closed to the page, on ${TWITCH_LIVE}`, async () => {
    const twitch = registry.find((e) => e.id === 'twitch');
    expect(twitch, 'the registry has a twitch entry').toBeDefined();
    expect(isLiveUrl(twitch!, TWITCH_LIVE)).toBe(true);

    const page = await open(TWITCH_LIVE);
    await page
      .waitForFunction(
        () => {
          const host = document.querySelector('streamwise-panel');
          return host !== null && document.elementFromPoint(innerWidth - 200, innerHeight - 100) === host;
        },
        { timeout: 15_000, polling: 50 },
      )
      .catch(async () => {
        throw new Error(
          `No Streamwise panel in Firefox on ${page.url()}: ${JSON.stringify(await readPanel(page))}`,
        );
      });
    // First visit: the loader imported the full panel (the second stage) and it opened.
    expect(await readPanel(page)).toEqual({
      hosts: 1,
      attributes: 0,
      shadowRootVisible: false,
      cornerPainted: true,
      openPainted: true,
    });
    // Inside the closed root (WebDriver BiDi can serialise it for the harness; the page cannot).
    expect(
      await evalInFirefoxPanel(page, (root) => {
        const panel = root?.querySelector('[data-testid="panel"]');
        return {
          state: panel?.getAttribute('data-state') ?? null,
          live: panel?.getAttribute('data-live') ?? null,
          heading: panel?.querySelector('h2')?.textContent ?? null,
        };
      }),
    ).toEqual({ state: 'open', live: 'true', heading: `Safety tips for ${twitch!.name}` });
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

  it('shows only the chip on the next visit to the same site', async () => {
    const page = await open(`${TWITCH_LIVE}?again=1`);
    await page.waitForFunction(
      () => {
        const host = document.querySelector('streamwise-panel');
        return host !== null && document.elementFromPoint(innerWidth - 40, innerHeight - 34) === host;
      },
      { timeout: 15_000, polling: 50 },
    );
    expect(await readPanel(page)).toMatchObject({ hosts: 1, cornerPainted: true, openPainted: false });
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
