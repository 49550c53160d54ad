import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { checklistSteps } from '../../utils/checklist';
import { formatReviewedMonth } from '../../utils/format-date';
import {
  clickInPanel,
  countInPanel,
  ensureOpen,
  evalInPanel,
  screenshot,
  textInPanel,
  waitForPanel,
  waitForPanelState,
} from '../../scripts/lib/browser';
import { seriousViolations } from './harness/axe';
import { extensionWorker, openPopupBehindActiveTab } from './harness/extension-pages';
import { useExtensionBrowser, type SuiteBrowser } from './harness/suite';

/**
 * Issue 18, item 1: the settings checklist in the real extension. Ticks are made with real clicks and
 * keys inside the panel's closed root, stored in storage.local, read back after a reload, counted in the
 * popup, ticked in the guide, cleared on the options page, and hidden under a locking policy.
 */

declare const chrome: {
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

const TWITCH = 'https://www.twitch.tv/directory';
const twitch = registry.find((s) => s.id === 'twitch')!;
const steps = checklistSteps(twitch);
const TOTAL = steps.length;
const STEP = '[data-section="privacy"] li.sw-step';

async function stored(suite: SuiteBrowser, key: string): Promise<unknown> {
  const worker = await extensionWorker(suite.browser().context);
  return (await worker.evaluate((k) => chrome.storage.local.get(k), key))[key];
}

async function store(suite: SuiteBrowser, items: Record<string, unknown>): Promise<void> {
  const worker = await extensionWorker(suite.browser().context);
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** Which step ids are checked inside the closed root. */
function checkedSteps(page: Page): Promise<string[]> {
  return evalInPanel(page, (root) =>
    [...(root?.querySelectorAll('li.sw-step') ?? [])]
      .filter((li) => (li.querySelector('input[type="checkbox"]') as HTMLInputElement | null)?.checked)
      .map((li) => li.getAttribute('data-step') ?? ''),
  );
}

describe('the settings checklist (no policy, parent)', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('two steps ticked in the panel survive a reload and are counted in the popup; the page cannot read them', async () => {
    const page = await suite.open(TWITCH);
    await waitForPanel(page);
    await waitForPanelState(page, 'open');
    expect(await countInPanel(page, `${STEP} input[type="checkbox"]`)).toBe(twitch.privacySteps!.length);
    expect(await countInPanel(page, '[data-section="family"] li.sw-step input[type="checkbox"]')).toBe(
      twitch.familyTools?.length ?? 0,
    );

    // One tick with the mouse, one from the keyboard.
    await clickInPanel(page, `${STEP}:nth-child(1) input`);
    await expect.poll(() => checkedSteps(page)).toEqual([steps[0]!.id]);
    await evalInPanel(page, (root) =>
      (root?.querySelector('[data-action="collapse"]') as HTMLElement | null)?.focus(),
    );
    let tabs = 0;
    while (tabs++ < 40) {
      await page.keyboard.press('Tab');
      const onSecond = await evalInPanel(
        page,
        (root, id) => root?.activeElement?.closest('li')?.getAttribute('data-step') === id,
        steps[1]!.id,
      );
      if (onSecond) break;
    }
    const focusRing = await evalInPanel(page, (root) => {
      const el = root?.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      return { type: (el as HTMLInputElement).type, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focusRing).toEqual({ type: 'checkbox', outline: 'solid', width: '2px' });
    await page.keyboard.press('Space');
    await expect.poll(() => checkedSteps(page)).toEqual([steps[0]!.id, steps[1]!.id]);
    expect(await textInPanel(page, '[data-testid="checklist-count"]')).toBe(`2 of ${TOTAL} steps done`);

    const today = new Date().toISOString().slice(0, 10);
    await expect
      .poll(() => stored(suite, 'checklist:twitch'))
      .toEqual({ [steps[0]!.id]: today, [steps[1]!.id]: today });

    // The page's own scripts see no shadow root, no checkbox, no step id and no extension storage.
    const leak = await page.evaluate(
      (ids) => {
        const html = new XMLSerializer().serializeToString(document);
        return {
          openRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
          checkboxes: document.querySelectorAll('input[type="checkbox"]').length,
          idsInHtml: ids.filter((id) => html.includes(id)).length,
          stepsDone: document.body.innerText.includes('steps done'),
          storage: typeof (window as unknown as { chrome?: { storage?: unknown } }).chrome?.storage,
        };
      },
      steps.map((s) => s.id),
    );
    expect(leak).toEqual({
      openRoots: 0,
      checkboxes: 0,
      idsInHtml: 0,
      stepsDone: false,
      storage: 'undefined',
    });

    console.log(`screenshot: ${await screenshot(page, 'checklist-panel-ticked')}`);
    expect(await seriousViolations(page, { panel: true, surface: 'panel checklist' })).toEqual([]);

    await page.reload();
    await waitForPanel(page);
    await ensureOpen(page);
    await expect.poll(() => checkedSteps(page)).toEqual([steps[0]!.id, steps[1]!.id]);

    await page.bringToFront();
    const { page: popup, errors } = await openPopupBehindActiveTab(
      suite.browser().context,
      suite.browser().extensionId,
    );
    const row = popup.locator('[data-section="checklist-progress"] li[data-site="twitch"]');
    await row.waitFor();
    expect(await row.getAttribute('data-done')).toBe('2');
    expect((await row.textContent())?.trim()).toBe(`Twitch 2 of ${TOTAL}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    console.log(`screenshot: ${await screenshot(popup, 'checklist-popup-progress')}`);
    expect(
      await seriousViolations(popup, {
        within: '[data-section="checklist-progress"]',
        surface: 'popup progress',
      }),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a tick older than the card\'s reviewed date shows "Check again — updated <month>", unticked, and counts apart', async () => {
    const before = new Date(Date.parse(twitch.reviewed) - 86_400_000).toISOString().slice(0, 10);
    await store(suite, { 'checklist:twitch': { [steps[0]!.id]: before, [steps[2]!.id]: '2999-01-01' } });
    const page = await suite.open(TWITCH);
    await waitForPanel(page);
    await ensureOpen(page);
    await expect.poll(() => checkedSteps(page)).toEqual([steps[2]!.id]);
    const again = `Check again — updated ${formatReviewedMonth(twitch.reviewed, 'en-GB')}`;
    expect(await textInPanel(page, `${STEP}:nth-child(1) [data-testid="check-again"]`)).toBe(again);
    // Announced with the checkbox, not only shown.
    expect(
      await evalInPanel(page, (root) => {
        const input = root?.querySelector('li.sw-step input') as HTMLInputElement | null;
        const note = input && root?.getElementById(input.getAttribute('aria-describedby') ?? '');
        return note?.textContent ?? null;
      }),
    ).toBe(again);
    expect(await countInPanel(page, '[data-testid="check-again"]')).toBe(1);
    console.log(`screenshot: ${await screenshot(page, 'checklist-panel-check-again')}`);

    await page.bringToFront();
    const { page: popup } = await openPopupBehindActiveTab(
      suite.browser().context,
      suite.browser().extensionId,
    );
    const row = popup.locator('li[data-site="twitch"]');
    await row.waitFor();
    expect((await row.textContent())?.trim()).toBe(`Twitch 1 of ${TOTAL} (1 to check again)`);

    // Ticking it again makes it done today.
    await clickInPanel(page, `${STEP}:nth-child(1) input`);
    await expect.poll(() => checkedSteps(page)).toEqual([steps[0]!.id, steps[2]!.id]);
    expect(await countInPanel(page, '[data-testid="check-again"]')).toBe(0);
  });

  it('the guide ticks the same store, and the options page clears it', async () => {
    const { extensionId } = suite.browser();
    const guide = await suite.open(`chrome-extension://${extensionId}/guide.html?q=twitch`);
    const item = guide.locator('li[data-site="twitch"]');
    await item.locator('summary').first().click();
    const boxes = item.locator('[data-section="privacy"] input[type="checkbox"]');
    await boxes.first().waitFor();
    // From the previous test: steps 1 and 3 are ticked.
    expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual(
      twitch.privacySteps!.map((_s, i) => i === 0 || i === 2),
    );
    await item.getByLabel(twitch.privacySteps![3]!.text, { exact: true }).check();
    await expect
      .poll(async () => Object.keys((await stored(suite, 'checklist:twitch')) as object).sort())
      .toEqual([steps[0]!.id, steps[2]!.id, steps[3]!.id].sort());
    await item.locator('[data-section="privacy"]').scrollIntoViewIfNeeded();
    console.log(`screenshot: ${await screenshot(guide, 'checklist-guide-twitch')}`);
    expect(
      await seriousViolations(guide, { within: 'li[data-site="twitch"]', surface: 'guide twitch checklist' }),
    ).toEqual([]);

    const options = await suite.open(`chrome-extension://${extensionId}/options.html`);
    await options.locator('[data-action="reset-checklist"]').click();
    await expect.poll(() => stored(suite, 'checklist:twitch')).toBeUndefined();
    // The guide follows at once.
    await expect
      .poll(() => boxes.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length))
      .toBe(0);
  });
});

describe('the checklist in the settings file', () => {
  const suite = useExtensionBrowser();

  it('export carries the ticks; after a reset, importing the file brings them back', async () => {
    const ticks = { [steps[0]!.id]: '2026-11-30', [steps[4]!.id]: '2026-12-01' };
    await store(suite, { 'checklist:twitch': ticks });
    const options = await suite.open(`chrome-extension://${suite.browser().extensionId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 10_000 }),
      options.locator('[data-action="export"]').click(),
    ]);
    const file = await download.path();
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { checklist?: unknown };
    expect(parsed.checklist).toEqual({ twitch: ticks });

    await options.locator('[data-action="reset-checklist"]').click();
    await expect.poll(() => stored(suite, 'checklist:twitch')).toBeUndefined();
    await options.locator('input[data-action="import"]').setInputFiles(file);
    await expect.poll(() => stored(suite, 'checklist:twitch')).toEqual(ticks);
    // The page writes the ticks, then sets its status and redraws: wait for the redraw.
    await expect
      .poll(() => options.locator('[data-testid="options-status"]').textContent())
      .toBe('Settings imported.');
  });
});

describe('the settings checklist under lockSettings', () => {
  const suite = useExtensionBrowser({ policy: { lockSettings: true } });

  it('is hidden in the panel, the popup and the guide; existing ticks are kept, not shown', async () => {
    const worker = await extensionWorker(suite.browser().context);
    await expect
      .poll(
        async () =>
          (
            (await worker.evaluate(() => chrome.storage.local.get('effectiveSettings'))).effectiveSettings as
              { checklist?: boolean } | undefined
          )?.checklist,
        { timeout: 10_000 },
      )
      .toBe(false);
    await store(suite, { 'checklist:twitch': { [steps[0]!.id]: '2999-01-01' } });
    const page = await suite.open(TWITCH);
    await waitForPanel(page);
    await ensureOpen(page);
    expect(await countInPanel(page, '[data-section="privacy"] li')).toBe(twitch.privacySteps!.length);
    expect(await countInPanel(page, 'input[type="checkbox"]')).toBe(0);

    await page.bringToFront();
    const { page: popup } = await openPopupBehindActiveTab(
      suite.browser().context,
      suite.browser().extensionId,
    );
    expect(await popup.locator('[data-section="checklist-progress"]').count()).toBe(0);

    const guide = await suite.open(`chrome-extension://${suite.browser().extensionId}/guide.html?q=twitch`);
    await guide.locator('li[data-site="twitch"] summary').first().click();
    await guide.locator('li[data-site="twitch"] [data-section="privacy"]').waitFor();
    expect(await guide.locator('input[type="checkbox"]').count()).toBe(0);
    expect(await stored(suite, 'checklist:twitch')).toEqual({ [steps[0]!.id]: '2999-01-01' });
  });
});

describe('the settings checklist under lockSettings with checklist: true', () => {
  const suite = useExtensionBrowser({ policy: { lockSettings: true, checklist: true } });

  it('shows in the panel', async () => {
    const worker = await extensionWorker(suite.browser().context);
    // Only once the policy has arrived: without it the checklist shows anyway.
    await expect
      .poll(
        async () =>
          (
            (await worker.evaluate(() => chrome.storage.local.get('effectiveSettings'))).effectiveSettings as
              { organisation?: { policy?: Record<string, unknown> }; checklist?: boolean } | undefined
          )?.organisation?.policy,
        { timeout: 10_000 },
      )
      .toEqual({ lockSettings: true, checklist: true });
    const page = await suite.open(TWITCH);
    await waitForPanel(page);
    await ensureOpen(page);
    await expect
      .poll(() => countInPanel(page, `${STEP} input[type="checkbox"]`), { timeout: 10_000 })
      .toBe(twitch.privacySteps!.length);
  });
});
