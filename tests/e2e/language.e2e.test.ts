import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { translations } from '../../content/localized';
import { localizeSite } from '../../utils/localize-content';
import { catalogs } from '../../utils/catalogs';
import { fillMessage } from '../../utils/translate';
import { ensureOpen, evalInPanel, screenshot } from '../../scripts/lib/browser';
import { siteUrl } from './harness/sites';
import { useExtensionBrowser, type SuiteBrowser } from './harness/suite';

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
      steps: [...(panel?.querySelectorAll('[data-section="privacy"] li') ?? [])].map((li) =>
        (li.firstChild?.textContent ?? '').trim(),
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
