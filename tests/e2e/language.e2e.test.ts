import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { translations } from '../../content/localized';
import { localizeSite } from '../../utils/localize-content';
import { catalogs } from '../../utils/catalogs';
import { fillMessage } from '../../utils/translate';
import { clickInPanel, ensureOpen, evalInPanel, screenshot, waitForPanel } from '../../scripts/lib/browser';
import { siteUrl } from './harness/sites';
import { useExtensionBrowser, type SuiteBrowser } from './harness/suite';
import { openOptions } from './harness/options-page';
import { extensionWorker } from './harness/extension-pages';

/**
 * The reader's language in the in-page panel, on a registry page in real Chromium: the card's content
 * (current translations over the English facts) and the interface strings, with `lang` and `dir` set.
 */

const twitch = registry.find((s) => s.id === 'twitch')!;

/** What the open panel shows: its language attributes, heading and the privacy section's steps. */
function readPanel(page: Page) {
  return evalInPanel(page, (root) => {
    const panel = root?.querySelector('[data-testid="panel"][data-state="open"]');
    return {
      lang: panel?.getAttribute('lang') ?? null,
      dir: panel?.getAttribute('dir') ?? null,
      heading: panel?.querySelector('h2')?.textContent?.trim() ?? null,
      menuNote: panel?.querySelector('[data-testid="menu-names-note"]')?.textContent ?? null,
      // The step's own words: its checkbox's label where the checklist shows, else the item's first text.
      steps: [...(panel?.querySelectorAll('[data-section="privacy"] li') ?? [])].map((li) =>
        (li.querySelector('label')?.textContent ?? li.firstChild?.textContent ?? '').trim(),
      ),
      paths: [...(panel?.querySelectorAll('[data-section="privacy"] .sw-path') ?? [])].map((el) =>
        (el.textContent ?? '').trim(),
      ),
    };
  });
}

/** The card as a reader of `language` must see it: Polish texts where current, English facts kept. */
function expectPanelIn(language: string, shown: Awaited<ReturnType<typeof readPanel>>) {
  const card = localizeSite(twitch, translations[language]?.[`sites/${twitch.id}`]);
  expect(shown.lang).toBe(language);
  expect(shown.dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
  expect(shown.heading).toBe(fillMessage(catalogs[language]!.panelTitle!, [twitch.name]));
  expect(shown.steps).toEqual(card.privacySteps!.map((s) => s.text));
  // The premise: the translation differs from the English, so this is not English passing as Polish.
  expect(shown.steps).not.toEqual(twitch.privacySteps!.map((s) => s.text));
  expect(shown.paths).toEqual(twitch.privacySteps!.flatMap((s) => (s.path ? [s.path] : [])));
  expect(shown.menuNote).toBe(catalogs[language]!.menuNamesEnglish!.message);
}

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

/** The chip's words and language attributes (inside the closed root). */
function readChip(page: Page) {
  return evalInPanel(page, (root) => {
    const chip = root?.querySelector('[data-testid="panel"][data-state="collapsed"]');
    return {
      lang: chip?.getAttribute('lang') ?? null,
      label: chip?.querySelector('.sw-chip span:not(.sw-icon)')?.textContent ?? null,
    };
  });
}

/** The worker has stored effective settings with this language (so a page opened next reads it). */
async function waitForLanguage(suite: SuiteBrowser, language: string): Promise<void> {
  const worker = await extensionWorker(suite.browser().context);
  await expect
    .poll(
      async () =>
        (
          (await worker.evaluate(() => chrome.storage.local.get('effectiveSettings'))).effectiveSettings as
            { language?: string } | undefined
        )?.language,
      { timeout: 10_000, message: `effective language ${language}` },
    )
    .toBe(language);
}

/** The popup, guide and options pages: their root's lang and a heading in the catalogue's words. */
async function expectPagesIn(suite: SuiteBrowser, language: string) {
  const base = `chrome-extension://${suite.browser().extensionId}`;
  const title = (key: string) => catalogs[language]![key]!.message;
  for (const [page, selector, key] of [
    ['popup.html', 'h1', 'popupTitle'],
    ['guide.html', 'h1', 'guideTitle'],
    ['options.html', 'h1', 'optionsTitle'],
  ] as const) {
    const tab = await suite.open(`${base}/${page}`);
    await expect
      .poll(() => tab.evaluate(() => document.documentElement.lang), { timeout: 10_000, message: page })
      .toBe(language);
    expect(await tab.textContent(selector), page).toBe(title(key));
    if (page === 'guide.html') {
      // The guide's cards in that language too: Twitch's first step as translated.
      const card = localizeSite(twitch, translations[language]?.[`sites/${twitch.id}`]);
      await tab.click('li[data-site="twitch"] summary');
      const first = await tab.textContent('li[data-site="twitch"] [data-section="privacy"] li label');
      expect(first).toContain(card.privacySteps![0]!.text);
    }
  }
}

async function openTwitch(suite: SuiteBrowser): Promise<Page> {
  const page = await suite.open(siteUrl(twitch));
  await ensureOpen(page);
  return page;
}

describe('browser language Polish (language: auto)', () => {
  const suite = useExtensionBrowser({ locale: 'pl-PL' });

  it('the panel shows the card and its interface in Polish, lang="pl"', async () => {
    const page = await openTwitch(suite);
    await expect.poll(async () => (await readPanel(page)).lang, { timeout: 10_000 }).toBe('pl');
    expectPanelIn('pl', await readPanel(page));
    await screenshot(page, 'language-panel-pl-browser');
  });
});

describe('the language setting: Polish in an English browser', () => {
  const suite = useExtensionBrowser({ locale: 'en-US' });

  it('chosen on the options page, it turns the panel, chip, popup, guide and options Polish', async () => {
    const { page: options, errors } = await openOptions(suite);
    expect(await options.evaluate(() => document.documentElement.lang), 'premise: English first').toBe('en');
    await options.selectOption('select[data-setting="language"]', 'pl');
    await waitForLanguage(suite, 'pl');
    await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe('pl');
    expect(await options.textContent('h1')).toBe(catalogs.pl!.optionsTitle!.message);
    expect(errors).toEqual([]);

    const page = await openTwitch(suite);
    await expect.poll(async () => (await readPanel(page)).lang, { timeout: 10_000 }).toBe('pl');
    expectPanelIn('pl', await readPanel(page));
    await screenshot(page, 'language-panel-pl-setting');
    await clickInPanel(page, '[data-action="collapse"]');
    await expect.poll(async () => (await readChip(page)).lang).toBe('pl');
    expect((await readChip(page)).label).toBe(catalogs.pl!.chipLabel!.message);

    await expectPagesIn(suite, 'pl');
  });

  it('back to auto, the panel follows the browser (English) again', async () => {
    const { page: options } = await openOptions(suite);
    await options.selectOption('select[data-setting="language"]', 'auto');
    await waitForLanguage(suite, 'auto');
    const page = await suite.open(siteUrl(twitch));
    await waitForPanel(page);
    await ensureOpen(page);
    await expect.poll(async () => (await readPanel(page)).lang, { timeout: 10_000 }).toBe('en');
    const shown = await readPanel(page);
    expect(shown.steps).toEqual(twitch.privacySteps!.map((s) => s.text));
    expect(shown.menuNote).toBeNull();
  });
});

describe('the language policy: Polish for everyone, in an English browser', () => {
  const suite = useExtensionBrowser({ locale: 'en-US', policy: { language: 'pl' } });

  it('the panel and its interface are Polish, and the options page shows the language as set', async () => {
    await waitForLanguage(suite, 'pl');
    const page = await openTwitch(suite);
    await expect.poll(async () => (await readPanel(page)).lang, { timeout: 10_000 }).toBe('pl');
    expectPanelIn('pl', await readPanel(page));

    const { page: options } = await openOptions(suite);
    const select = options.locator('select[data-setting="language"]');
    await expect.poll(() => select.inputValue(), { timeout: 10_000 }).toBe('pl');
    expect(await select.isDisabled()).toBe(true);
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('pl');
  });
});
