import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import { waitForPanel } from '../../scripts/lib/browser';
import { repoRoot } from '../../scripts/lib/paths';
import { formatPlanDate } from '../../utils/family-plan';
import { siteUrl } from './harness/sites';
import { useExtensionBrowser } from './harness/suite';
import { collectErrors } from './harness/page-errors';
import { seriousViolations } from './harness/axe';

const site = (id: string) => registry.find((s) => s.id === id)!;
const region = (code: string) => regions.find((r) => r.code === code)!;

/** Pages in a PDF Chromium wrote: one `/Type /Page` object per page (`/Pages` is the tree). */
const pdfPageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Visible text of the page as the current media shows it (display: none drops out of innerText). */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

async function openPlan(page: Page, extensionId: string, query = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/guide.html${query}`);
  await page.locator('[data-testid="guide-search"]').waitFor();
  if (!(await page.locator('[data-testid="plan-filter"]').isVisible())) {
    await page.locator('[data-testid="plan-toggle"]').click();
  }
  await page.locator('[data-testid="plan-filter"]').waitFor();
}

describe('the family plan to print (en-GB)', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('"the ones this browser has visited" picks the sites whose panel has shown, and only those', async () => {
    const { extensionId } = suite.browser();
    for (const id of ['twitch', 'roblox']) await waitForPanel(await suite.open(siteUrl(site(id))));

    const page = await suite.newPage();
    const errors = collectErrors(page);
    await openPlan(page, extensionId);
    const visited = page.locator('[data-testid="plan-visited"]');
    await expect.poll(() => visited.textContent()).toContain('(2)');
    await visited.click();
    const sheet = page.locator('[data-testid="plan-sheet"]');
    await sheet.waitFor();
    const ids = await sheet
      .locator('.sw-plan-site')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-site')));
    expect(ids.sort()).toEqual(['roblox', 'twitch']);
    const checked = await page
      .locator('.sw-plan-sites input:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(checked.sort()).toEqual(['roblox', 'twitch']);
    expect(errors).toEqual([]);
  });

  it('the print view lists the chosen platforms with boxes, report paths and the country’s lines, and nothing else', async () => {
    const { extensionId } = suite.browser();
    const page = await suite.newPage();
    const errors = collectErrors(page);
    await openPlan(page, extensionId);
    await page.locator('[data-testid="plan-filter"]').fill('tik');
    await page.locator('.sw-plan-sites label', { hasText: 'TikTok' }).locator('input').check();
    await page.locator('[data-testid="plan-filter"]').fill('');
    await page
      .locator('.sw-plan-sites label', { hasText: /^Twitch$/ })
      .locator('input')
      .check();
    await page
      .locator('.sw-plan-sites label', { hasText: /^Roblox$/ })
      .locator('input')
      .check();
    await expect
      .poll(() => page.locator('[data-testid="plan-count"]').textContent())
      .toBe('Platforms chosen: 3');

    await page.emulateMedia({ media: 'print' });
    const text = await visibleText(page);
    // Only the plan prints: the guide's search, its cards and the picker are off paper.
    expect(await page.locator('[data-testid="guide-search"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="plan-filter"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="plan-print"]').isVisible()).toBe(false);
    expect(await page.locator('.sw-guide-list').isVisible()).toBe(false);
    expect(text).toContain('Our family plan for staying safe online');
    expect(text).toContain(`Printed ${formatPlanDate(new Date().toISOString().slice(0, 10), 'en-GB')}`);

    for (const id of ['tiktok', 'twitch', 'roblox']) {
      const entry = site(id);
      const block = page.locator(`.sw-plan-site[data-site="${id}"]`);
      expect(await block.isVisible(), `${id} prints`).toBe(true);
      expect(await block.locator('h3').textContent()).toBe(entry.name);
      expect(await block.textContent()).toContain(`Checked ${formatPlanDate(entry.reviewed, 'en-GB')}`);
      const boxes = await block.locator('.sw-plan-box').count();
      expect(boxes, `${id}: a box per privacy step and family tool`).toBe(
        (entry.privacySteps?.length ?? 0) + (entry.familyTools?.length ?? 0),
      );
      // Printed boxes: a visible border, so they show with background graphics off.
      const border = await block
        .locator('.sw-plan-box')
        .first()
        .evaluate((el) => getComputedStyle(el).borderTopWidth);
      expect(parseFloat(border)).toBeGreaterThan(0);
      const report = await block.locator('[data-part="report"]').innerText();
      if (entry.reporting.path) expect(report).toContain(entry.reporting.path);
      if (entry.reporting.url) expect(report).toContain(entry.reporting.url.replace('https://', ''));
      expect(await block.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    }

    const gb = region('GB');
    expect(text).toContain('Where to get help: United Kingdom');
    expect(text).toContain(`If a child is in immediate danger, call ${gb.emergency}.`);
    for (const line of gb.lines) {
      expect(text).toContain(line.name);
      if (line.phone) expect(text).toContain(line.phone);
      if (line.url) expect(text).toContain(line.url.replace('https://', ''));
    }
    expect(await page.locator('.sw-plan-talk li').count()).toBeGreaterThan(0);

    // Paper is white with black text, whatever the screen's scheme.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page
      .locator('.sw-plan-sheet')
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });

    // Nothing wider than 17 cm (643 px at 96 px per inch), so A4 and Letter both fit.
    await page.setViewportSize({ width: 1000, height: 1200 });
    const widest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('.sw-plan-sheet *')].map((e) => e.getBoundingClientRect().width),
      ),
    );
    expect(widest).toBeLessThanOrEqual(643);

    await page.setViewportSize({ width: 794, height: 1123 });
    const dir = path.join(repoRoot, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'family-plan-print.png'), fullPage: true });

    const counts: Record<string, number> = {};
    for (const format of ['A4', 'Letter'] as const) {
      counts[format] = pdfPageCount(await page.pdf({ format, preferCSSPageSize: true }));
    }
    console.log(`family plan (TikTok, Twitch, Roblox; GB) pages: A4 ${counts.A4}, Letter ${counts.Letter}`);
    for (const format of ['A4', 'Letter']) {
      expect(counts[format], format).toBeGreaterThan(0);
      expect(counts[format], format).toBeLessThanOrEqual(6);
    }
    expect(errors).toEqual([]);
  });

  it('axe-core: the plan builder and sheet have no serious or critical violations, light and dark', async () => {
    const { extensionId } = suite.browser();
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await suite.newPage();
      await page.emulateMedia({ colorScheme });
      await openPlan(page, extensionId, '?plan=twitch,discord');
      await page.locator('[data-testid="plan-sheet"]').waitFor();
      expect(await seriousViolations(page, { surface: `family plan (${colorScheme})` })).toEqual([]);
      // Every control of the builder is at least 24 × 24 px (WCAG 2.2 2.5.8).
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.sw-plan-controls :is(button, input)')]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(
            ({ el }) => `${el.tagName} ${el.getAttribute('data-testid') ?? el.getAttribute('value') ?? ''}`,
          ),
      );
      expect(small).toEqual([]);
    }
  });

  it('a country set in the settings wins over the browser’s language', async () => {
    const { extensionId } = suite.browser();
    const page = await suite.newPage();
    await openPlan(page, extensionId, '?plan=twitch');
    expect(await page.locator('[data-section="plan-lines"]').getAttribute('data-region')).toBe('GB');
    // The options page's own path: the user's settings record; the worker then recomputes the effective ones.
    await page.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome;
      await api.storage.local.set({ settings: { schemaVersion: 2, region: 'AU' } });
    });
    const help = page.locator('[data-section="plan-lines"]');
    // The worker may have gone idle: waking it reads the policy again first (about 4 s in Chromium).
    await expect.poll(() => help.getAttribute('data-region'), { timeout: 15_000 }).toBe('AU');
    const au = region('AU');
    expect(await help.textContent()).toContain(au.lines[0]!.name);
    expect(await help.textContent()).toContain(au.emergency);
  });
});

describe('the family plan in a browser set to fr-FR', () => {
  const suite = useExtensionBrowser({ locale: 'fr-FR' });

  // The interface words come from the same translate function as the guide's cards (Chromium's own UI
  // language in this headless build, English); the country and the dates follow the browser's locale.
  it('prints France’s lines and the dates in French', async () => {
    const page = await suite.newPage();
    const errors = collectErrors(page);
    await openPlan(page, suite.browser().extensionId, '?plan=twitch');
    await page.emulateMedia({ media: 'print' });
    const text = await visibleText(page);
    expect(text).toContain(formatPlanDate(site('twitch').reviewed, 'fr-FR'));
    expect(formatPlanDate(site('twitch').reviewed, 'fr-FR')).toMatch(
      /janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/,
    );
    expect(await page.locator('[data-section="plan-lines"]').getAttribute('data-region')).toBe('FR');
    expect(await page.locator('.sw-plan-help li').count()).toBe(region('FR').lines.length);
    // The emergency number as French content words it ("17 ou 112"), from the translation file.
    const translated = JSON.parse(
      readFileSync(new URL('../../content/translations/fr/regions/FR.json', import.meta.url), 'utf8'),
    ) as Record<string, { en: string; text: string }>;
    expect(translated.emergency?.en).toBe(region('FR').emergency);
    expect(translated.emergency?.text).not.toBe(region('FR').emergency);
    expect(text).toContain(translated.emergency?.text);
    expect(errors).toEqual([]);
  });
});
