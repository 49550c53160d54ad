import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import { localizedRegions, localizedRegistry, localizedTips } from '../../content/localized';
import * as tips from '../../content/tips';
import { catalogs } from '../../utils/catalogs';
import { fillMessage } from '../../utils/translate';
import {
  clickInPanel,
  ensureOpen,
  evalInPanel,
  panelBox,
  screenshot,
  waitForPanel,
  waitForPanelState,
} from '../../scripts/lib/browser';
import { screenshotsDir } from '../../scripts/lib/paths';
import { seriousViolations } from './harness/axe';
import { openPopupBehindActiveTab } from './harness/extension-pages';
import { pageOverflow, panelOverflow, setTabLocale } from './harness/layout';
import { useExtensionBrowser } from './harness/suite';

/**
 * Every surface in each of the reader's languages, in one browser: each tab gets its own browser
 * language (DevTools `Emulation.setLocaleOverride`, what Playwright's `locale` does per context), and the
 * country follows it (es-ES → ES). Expected words come from the catalogues and the content translations,
 * never written out here; each language's text must differ from the English (the premise), so English
 * cannot pass for a translation. Arabic is also checked right to left.
 */

const READERS = [
  { language: 'es', locale: 'es-ES', region: 'ES' },
  { language: 'fr', locale: 'fr-FR', region: 'FR' },
  { language: 'de', locale: 'de-DE', region: 'DE' },
  { language: 'pl', locale: 'pl-PL', region: 'PL' },
  { language: 'ar', locale: 'ar-EG', region: 'EG' },
] as const;

const NOT_LIVE = 'https://www.twitch.tv/directory';
const LIVE = 'https://www.twitch.tv/somechannel';
const twitch = registry.find((s) => s.id === 'twitch')!;
const englishRegion = (code: string) => regions.find((r) => r.code === code)!;

/** The catalogue's message in `language`, filled as the browser fills it. */
const msg = (language: string, key: string, ...values: string[]) => {
  const entry = catalogs[language]?.[key];
  if (!entry) throw new Error(`no "${key}" in the ${language} catalogue`);
  return clean(fillMessage(entry, values));
};

/** Where `screenshot()` puts a named PNG, for an element's screenshot. */
function screenshotPath(name: string): string {
  mkdirSync(screenshotsDir, { recursive: true });
  return path.join(screenshotsDir, `${name}.png`);
}

/** Text as compared here: runs of white space (French no-break spaces before colons too) as one space. */
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

interface PanelView {
  lang: string | null;
  dir: string | null;
  heading: string;
  reportHeading: string;
  liveHeading: string | null;
  firstLiveRisk: string | null;
  firstStep: string | null;
  nationalRegion: string | null;
  nationalName: string | null;
}

function readPanel(page: Page): Promise<PanelView> {
  return evalInPanel(page, (root) => {
    const panel = root?.querySelector('[data-testid="panel"][data-state="open"]');
    const text = (sel: string) => panel?.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const national = panel?.querySelector('[data-testid="national-line"]');
    return {
      lang: panel?.getAttribute('lang') ?? null,
      dir: panel?.getAttribute('dir') ?? null,
      heading: text('.sw-header h2') ?? '',
      reportHeading: text('[data-section="report"] h3') ?? '',
      liveHeading: text('[data-section="live-risks"] h3'),
      firstLiveRisk: text('[data-section="live-risks"] li'),
      firstStep: text('[data-section="privacy"] li bdi'),
      nationalRegion: national?.getAttribute('data-region') ?? null,
      // The line's name (a link, or bold text where the body has no web page), isolated in a <bdi>.
      nationalName: national?.querySelector('bdi')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    };
  });
}

describe('the reader’s language on every surface', () => {
  const suite = useExtensionBrowser();

  async function tabIn(locale: string, url: string): Promise<Page> {
    const page = await suite.newPage();
    await setTabLocale(page, locale);
    await page.goto(url);
    return page;
  }

  for (const { language, locale, region } of READERS) {
    const site = localizedRegistry(language).find((s) => s.id === 'twitch')!;
    const lines = localizedRegions(language).find((r) => r.code === region)!;
    const risks = localizedTips(language).liveRisks.map((t) => t.text);

    it(`${locale}: the panel on a registry page and on a live page, with ${region}'s reporting line`, async () => {
      // The premise: these texts are translated, so English showing would fail.
      expect(site.privacySteps![0]!.text).not.toBe(twitch.privacySteps![0]!.text);
      expect(lines.lines[0]!.name).not.toBe(englishRegion(region).lines[0]!.name);

      const page = await tabIn(locale, NOT_LIVE);
      await ensureOpen(page);
      await expect.poll(async () => (await readPanel(page)).lang, { timeout: 10_000 }).toBe(language);
      const shown = await readPanel(page);
      expect(shown).toMatchObject({
        dir: language === 'ar' ? 'rtl' : 'ltr',
        heading: msg(language, 'panelTitle', twitch.name),
        reportHeading: msg(language, 'reportHeading'),
        firstStep: clean(site.privacySteps![0]!.text),
        nationalRegion: region,
        nationalName: clean(lines.lines[0]!.name),
      });

      await page.goto(LIVE);
      await ensureOpen(page);
      await expect.poll(async () => (await readPanel(page)).liveHeading).toBe(msg(language, 'liveHeading'));
      const live = await readPanel(page);
      expect(risks.map(clean)).toContain(live.firstLiveRisk);
      expect(tips.liveRisks.map((t) => clean(t.text))).not.toContain(live.firstLiveRisk);
      expect(live).toMatchObject({
        lang: language,
        nationalRegion: region,
        nationalName: clean(lines.lines[0]!.name),
      });
    });

    it(`${locale}: the popup alone and over a live page, with ${region}'s lines first`, async () => {
      const { context, extensionId } = suite.browser();
      const alone = await tabIn(locale, `chrome-extension://${extensionId}/popup.html`);
      const section = alone.locator('[data-section="reporting-lines"]');
      await section.waitFor();
      expect(await alone.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(clean(await alone.locator('h1').textContent())).toBe(msg(language, 'popupTitle'));
      expect(await section.getAttribute('data-region')).toBe(region);
      expect(clean(await section.locator('h2').textContent())).toBe(
        msg(language, 'reportingLinesHeading', lines.name),
      );
      expect(clean(await section.locator('li bdi').first().textContent())).toBe(clean(lines.lines[0]!.name));
      // Extension pages share one process, and Chromium allows one locale override per process.
      await alone.close();

      const tab = await tabIn(locale, LIVE);
      await waitForPanel(tab);
      await tab.bringToFront();
      const { page } = await openPopupBehindActiveTab(context, extensionId, (p) => setTabLocale(p, locale));
      try {
        const card = page.locator('[data-section="site"][data-site="twitch"]');
        await card.waitFor();
        expect(clean(await card.locator('h2').first().textContent())).toBe(
          msg(language, 'onThisSite', twitch.name),
        );
        expect(clean(await card.locator('[data-section="live-risks"] h3').textContent())).toBe(
          msg(language, 'liveHeading'),
        );
        expect(await card.locator('[data-testid="national-line"]').getAttribute('data-region')).toBe(region);
        if (language === 'pl') {
          await page.setViewportSize({ width: 400, height: 600 });
          await page.locator('main').screenshot({ path: screenshotPath('popup-pl-twitch-live') });
        }
      } finally {
        await page.close();
      }
    });

    it(`${locale}: the guide, with Twitch's card open`, async () => {
      const page = await tabIn(locale, `chrome-extension://${suite.browser().extensionId}/guide.html`);
      await page.locator('li[data-site="twitch"]').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(clean(await page.locator('h1').textContent())).toBe(msg(language, 'guideTitle'));
      const item = page.locator('li[data-site="twitch"]');
      await item.locator('summary').first().click();
      expect(clean(await item.locator('[data-section="report"] h3').textContent())).toBe(
        msg(language, 'reportHeading'),
      );
      expect(clean(await item.locator('[data-section="privacy"] li bdi').first().textContent())).toBe(
        clean(site.privacySteps![0]!.text),
      );
    });
  }

  describe('Arabic, right to left (ar-EG)', () => {
    const ar = 'ar-EG';

    it('the panel and the chip sit bottom-left, mirrored, nothing overflows, and axe finds nothing serious', async () => {
      const page = await tabIn(ar, NOT_LIVE);
      await ensureOpen(page);
      await expect.poll(async () => (await readPanel(page)).dir, { timeout: 10_000 }).toBe('rtl');
      await page.waitForTimeout(250); // the open animation
      const viewport = page.viewportSize()!;
      const open = (await panelBox(page))!;
      expect(open.x, 'at the left edge').toBeLessThanOrEqual(16.5);
      expect(open.x + open.width, 'in the left half').toBeLessThan(viewport.width / 2);
      expect(open.y + open.height, 'at the bottom').toBeGreaterThan(viewport.height - 40);
      const layout = await evalInPanel(page, (root) => {
        const panel = root!.querySelector<HTMLElement>('[data-testid="panel"]')!;
        const heading = panel.querySelector('.sw-header h2')!.getBoundingClientRect();
        const actions = panel.querySelector('.sw-actions')!.getBoundingClientRect();
        const path = panel.querySelector('[data-section="privacy"] .sw-path bdi');
        const node = path?.firstChild;
        const at = (word: string) => {
          const range = document.createRange();
          const start = (node?.textContent ?? '').indexOf(word);
          range.setStart(node!, start);
          range.setEnd(node!, start + word.length);
          return range.getBoundingClientRect().x;
        };
        const bdis = [...panel.querySelectorAll('bdi')];
        return {
          frameDir: panel.parentElement?.getAttribute('dir') ?? null,
          direction: getComputedStyle(panel).direction,
          textAlign: getComputedStyle(panel.querySelector('.sw-body')!).textAlign,
          headingRightOfActions: heading.x > actions.x,
          path: path?.textContent ?? null,
          pathDir: path?.getAttribute('dir') ?? null,
          pathReadsLeftToRight: node ? at('Settings') < at('Privacy') : null,
          // Numbers and Latin text isolated left to right: none of them may compute right to left.
          latinRtl: bdis
            .filter(
              (b) => !/[\u0600-\u06FF]/.test(b.textContent ?? '') && getComputedStyle(b).direction !== 'ltr',
            )
            .map((b) => b.textContent),
          arabicIsolates: bdis.filter((b) => getComputedStyle(b).direction === 'rtl').length,
        };
      });
      expect(layout).toMatchObject({
        frameDir: 'rtl',
        direction: 'rtl',
        headingRightOfActions: true,
        path: 'Settings → Security & Privacy',
        pathDir: 'ltr',
        pathReadsLeftToRight: true,
        latinRtl: [],
      });
      expect(['start', 'right']).toContain(layout.textAlign);
      expect(layout.arabicIsolates).toBeGreaterThan(3);
      expect(await pageOverflow(page)).toSatisfy(
        (o: { scrollWidth: number; clientWidth: number }) => o.scrollWidth <= o.clientWidth,
      );
      expect(await panelOverflow(page)).toEqual([]);
      expect(await seriousViolations(page, { panel: true })).toEqual([]);
      await screenshot(page, 'panel-ar-twitch');

      await clickInPanel(page, '[data-action="collapse"]');
      await waitForPanelState(page, 'collapsed');
      const chip = (await panelBox(page))!;
      expect(chip.x).toBeLessThanOrEqual(16.5);
      expect(chip.y + chip.height).toBeGreaterThan(viewport.height - 40);
      expect(
        await evalInPanel(page, (root) => root!.querySelector('[data-testid="panel"]')!.getAttribute('dir')),
      ).toBe('rtl');
      expect(await seriousViolations(page, { panel: true })).toEqual([]);
    });

    it('the live panel: right to left, no overflow, axe finds nothing serious', async () => {
      const page = await tabIn(ar, LIVE);
      await ensureOpen(page);
      await expect.poll(async () => (await readPanel(page)).dir, { timeout: 10_000 }).toBe('rtl');
      await page.waitForTimeout(250);
      expect((await panelBox(page))!.x).toBeLessThanOrEqual(16.5);
      expect(await panelOverflow(page)).toEqual([]);
      expect(await seriousViolations(page, { panel: true })).toEqual([]);
    });

    for (const surface of ['popup', 'guide', 'options'] as const) {
      it(`the ${surface}: dir="rtl", no sideways scrolling, axe finds nothing serious`, async () => {
        const page = await tabIn(ar, `chrome-extension://${suite.browser().extensionId}/${surface}.html`);
        await page.locator('main, form, h1').first().waitFor();
        if (surface === 'guide') await page.locator('li[data-site="twitch"] summary').first().click();
        expect(
          await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
        ).toEqual(['ar', 'rtl']);
        expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
        expect(await pageOverflow(page)).toSatisfy(
          (o: { scrollWidth: number; clientWidth: number }) => o.scrollWidth <= o.clientWidth,
        );
        if (surface === 'options') {
          // The default corner (stored bottom-right) shows bottom-left in Arabic, and is named so.
          const label = page.locator('label', { has: page.locator('input[value="bottom-right"]') });
          expect(clean(await label.textContent())).toBe(msg('ar', 'cornerBottomLeft'));
        }
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `${surface}-ar`);
      });
    }
  });
});
