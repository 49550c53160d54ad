import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { screenshot } from '../../scripts/lib/browser';
import { useExtensionBrowser } from './harness/suite';
import { collectErrors } from './harness/page-errors';

function listedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('li[data-site]')].map((li) => li.getAttribute('data-site')!),
  );
}

async function countText(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="guide-count"]').textContent()) ?? '').trim();
}

async function search(page: Page, query: string): Promise<void> {
  await page.locator('[data-testid="guide-search"]').fill(query);
}

/** Registry entries a query should find: names, ids and hosts, case-insensitively. */
function expectedMatches(query: string): string[] {
  const q = query.toLowerCase();
  return registry
    .filter((e) => [e.name, e.id, ...e.hosts].some((field) => field.toLowerCase().includes(q)))
    .map((e) => e.id)
    .sort();
}

describe('the guide page', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  async function openGuide(query = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await suite.newPage();
    const errors = collectErrors(page);
    const q = query ? `?q=${encodeURIComponent(query)}` : '';
    await page.goto(`chrome-extension://${suite.browser().extensionId}/guide.html${q}`);
    await page.locator('[data-testid="guide-search"]').waitFor();
    await page.waitForLoadState('load');
    return { page, errors };
  }

  it('lists every registry platform once, sorted by name, with the count', async () => {
    const { page, errors } = await openGuide();
    expect(registry.length).toBeGreaterThan(0);
    const ids = await listedIds(page);
    expect(ids.length).toBe(registry.length);
    expect([...ids].sort()).toEqual(registry.map((e) => e.id).sort());
    const names = await page.locator('li[data-site] summary h2').allTextContents();
    expect(names).toEqual([...registry.map((e) => e.name)].sort((a, b) => a.localeCompare(b)));
    expect(await countText(page)).toBe(`${registry.length} platforms`);
    expect(await page.locator('h1').textContent()).toContain('Streamwise');
    await screenshot(page, 'guide');
    expect(errors).toEqual([]);
  });

  it('search filters: "twitch" → Twitch only, "tok" → TikTok, nonsense → none with a message', async () => {
    const { page, errors } = await openGuide();

    await search(page, 'twitch');
    await expect.poll(() => listedIds(page)).toEqual(['twitch']);
    expect(await countText(page)).toMatch(/^1 platforms?$/);

    await search(page, 'TWITCH');
    await expect.poll(() => listedIds(page), { message: 'search is case-insensitive' }).toEqual(['twitch']);

    await search(page, 'tok');
    await expect.poll(async () => (await listedIds(page)).sort()).toEqual(expectedMatches('tok'));
    expect(await listedIds(page)).toContain('tiktok');
    expect(await page.locator('li[data-site="tiktok"] summary h2').textContent()).toBe('TikTok');

    const host = 'steamcommunity.com';
    await search(page, host);
    await expect.poll(() => listedIds(page), { message: 'search covers hosts' }).toEqual(['steam']);

    const nonsense = 'qzxv-no-such-platform';
    await search(page, nonsense);
    await expect.poll(() => listedIds(page)).toEqual([]);
    expect(await countText(page)).toBe(`No platform matches “${nonsense}”.`);

    await search(page, '');
    await expect.poll(async () => (await listedIds(page)).length).toBe(registry.length);
    expect(await countText(page)).toBe(`${registry.length} platforms`);
    expect(errors).toEqual([]);
  });

  it('?q= in the address starts the guide filtered', async () => {
    const { page, errors } = await openGuide('twitch');
    expect(await page.locator('[data-testid="guide-search"]').inputValue()).toBe('twitch');
    expect(await listedIds(page)).toEqual(['twitch']);
    expect(errors).toEqual([]);
  });

  it('opening each platform shows its card with its report link (or in-app path)', async () => {
    const { page, errors } = await openGuide();
    for (const site of registry) {
      const item = page.locator(`li[data-site="${site.id}"]`);
      const details = item.locator('details').first();
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open), `${site.id} starts closed`).toBe(
        false,
      );
      const report = item.locator('[data-section="report"]');
      expect(await report.isVisible(), `${site.id} card hidden while closed`).toBe(false);

      await item.locator('summary').first().click();
      await report.waitFor({ state: 'visible', timeout: 2_000 });
      if (site.reporting.url) {
        const link = report.locator(`a[href="${site.reporting.url}"]`);
        expect(await link.count(), `${site.id} report link`).toBe(1);
        expect(await link.isVisible()).toBe(true);
        // The entry may name the link for what it is (e.g. a community-guidelines page).
        expect(await link.textContent()).toContain(site.reporting.label ?? `How to report on ${site.name}`);
        expect(await link.getAttribute('target')).toBe('_blank');
      } else if (site.reporting.path) {
        expect(await report.textContent()).toContain(site.reporting.path);
      } else {
        expect(await report.textContent()).toContain(site.reporting.note!);
      }
      if (site.id !== 'twitch') await item.locator('summary').first().click();
    }
    await search(page, 'twitch');
    await page.locator('li[data-site="twitch"] [data-section="report"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'guide-twitch-open');
    expect(errors).toEqual([]);
  });
});
