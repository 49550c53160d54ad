// Issue 18, item 5: the popup's first screen (600 px at its own 380 px width) answers "what now?" —
// the site, its Report link and the country's lines — and everything else is one keyboard press away.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import { screenshot, waitForPanel } from '../../scripts/lib/browser';
import { openPopupBehindActiveTab } from './harness/extension-pages';
import { useExtensionBrowser } from './harness/suite';

const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const twitch = registry.find((e) => e.id === 'twitch')!;
const gb = regions.find((r) => r.code === 'GB')!;
const WIDTH = 380;
const FIRST_SCREEN = 600;

interface Placed {
  text: string;
  top: number;
  bottom: number;
  visible: boolean;
}

/** Where an element sits in the page (document coordinates), and whether it is rendered. */
function place(page: Page, selector: string): Promise<Placed | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    return {
      text: el.textContent ?? '',
      top: box.top + scrollY,
      bottom: box.bottom + scrollY,
      visible: el.checkVisibility(),
    };
  }, selector);
}

/** Presses Tab until the focused element matches `selector`; returns the presses needed. */
async function tabTo(page: Page, selector: string, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the popup at a glance (Twitch live tab, en-GB)', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  async function popupForTwitch(colorScheme: 'light' | 'dark' = 'light') {
    const { context, extensionId } = suite.browser();
    const tab = await suite.open(TWITCH_LIVE);
    await waitForPanel(tab);
    await tab.bringToFront();
    const opened = await openPopupBehindActiveTab(context, extensionId);
    await opened.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await opened.page.setViewportSize({ width: WIDTH, height: FIRST_SCREEN });
    await opened.page.locator('[data-section="site"][data-site="twitch"]').waitFor();
    await opened.page.bringToFront();
    return opened;
  }

  it('its first 600 px show the site, its Report link and the region’s first line', async () => {
    const { page, errors } = await popupForTwitch();
    try {
      expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width)).toBe(
        WIDTH,
      );
      const site = await place(page, '[data-section="site"] h2');
      const report = await place(page, '[data-section="site"] a[data-testid="report-now"]');
      const firstLine = await place(page, '[data-section="reporting-lines"] li .sw-line-name');
      const emergency = await place(page, '[data-section="reporting-lines"] .sw-emergency');
      const tip = await place(page, '[data-testid="featured-tip"]');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(
        `popup (Twitch live, GB, ${WIDTH} px): ${height} px tall; site ends at ${site?.bottom}, ` +
          `Report at ${report?.bottom}, first line at ${firstLine?.bottom}, emergency at ${emergency?.bottom}, ` +
          `tip ${tip?.top}–${tip?.bottom}`,
      );
      expect(site?.text).toContain('On this site: Twitch');
      expect(await page.locator('[data-testid="report-now"]').getAttribute('href')).toBe(
        twitch.reporting.url,
      );
      expect(firstLine?.text).toContain(gb.lines[0]!.name);
      for (const [name, part] of Object.entries({ site, report, firstLine, emergency })) {
        expect(part?.visible, `${name} rendered`).toBe(true);
        expect(part!.bottom, `${name} inside the first ${FIRST_SCREEN} px`).toBeLessThanOrEqual(FIRST_SCREEN);
      }
      // Every line of the region is a row; none of their descriptions is open yet.
      expect(await page.locator('[data-section="reporting-lines"] li').count()).toBe(gb.lines.length);
      expect(await page.locator('.sw-line-more:not([hidden])').count()).toBe(0);
      expect(
        await page
          .locator('details[data-section="site-card"]')
          .evaluate((d) => (d as HTMLDetailsElement).open),
      ).toBe(false);
      await screenshot(page, 'popup-glance-twitch-live-light');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('in dark mode too: dark background, the same first screen', async () => {
    const { page, errors } = await popupForTwitch('dark');
    try {
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor);
      expect(bg).toBe('rgb(22, 27, 34)');
      const report = await place(page, '[data-testid="report-now"]');
      expect(report!.bottom).toBeLessThanOrEqual(FIRST_SCREEN);
      await screenshot(page, 'popup-glance-twitch-live-dark');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a line’s description opens and closes from the keyboard; so does the site’s full card', async () => {
    const { page, errors } = await popupForTwitch();
    try {
      const row = page.locator('[data-section="reporting-lines"] li').first();
      const button = row.locator('button[data-action="line-details"]');
      const more = row.locator('.sw-line-more');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await more.isVisible()).toBe(false);

      await tabTo(page, '[data-section="reporting-lines"] li:first-child button[data-action="line-details"]');
      expect(await button.evaluate((b) => b.matches(':focus-visible'))).toBe(true);
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await more.isVisible()).toBe(true);
      expect(await more.textContent()).toContain(gb.lines[0]!.description);
      await screenshot(page, 'popup-glance-line-open');
      await page.keyboard.press('Space');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await more.isVisible()).toBe(false);

      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabTo(page, 'details[data-section="site-card"] > summary');
      await page.keyboard.press('Enter');
      const privacy = page.locator('[data-section="site-card"] [data-section="privacy"]');
      expect(await privacy.isVisible()).toBe(true);
      expect(await privacy.locator('li').count()).toBe(twitch.privacySteps?.length ?? 0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('“All tips” opens the guide at its tips; every tip is also folded in the popup', async () => {
    const { context } = suite.browser();
    const { page, errors } = await popupForTwitch();
    try {
      const folded = await page.locator('details[data-section="tips-fold"] li').allTextContents();
      const featured = await page.locator('[data-testid="featured-tip"]').textContent();
      expect(folded[0]).toBe(featured);
      const [guide] = await Promise.all([
        context.waitForEvent('page', { predicate: (p) => p.url().includes('/guide.html') }),
        page.locator('a[data-testid="all-tips"]').click(),
      ]);
      await guide.waitForLoadState('load');
      expect(new URL(guide.url()).hash).toBe('#tips');
      const tips = guide.locator('section#tips');
      await tips.waitFor();
      // Scrolled to: the section starts inside the window (unscrolled it sits below 42 platforms).
      await expect
        .poll(() => tips.evaluate((el) => el.getBoundingClientRect().top < innerHeight && scrollY > 0))
        .toBe(true);
      expect(await tips.locator('li').allTextContents()).toEqual(folded);
      await guide.close();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
