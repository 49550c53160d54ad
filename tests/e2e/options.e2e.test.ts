import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import {
  ensureOpen,
  expectNoPanel,
  attrInPanel,
  clickInPanel,
  countInPanel,
  panelBox,
  panelState,
  screenshot,
  waitForPanel,
} from '../../scripts/lib/browser';
import { isLiveUrl } from './harness/sites';
import { useExtensionBrowser } from './harness/suite';
import { openOptions } from './harness/options-page';

/**
 * The options page with no policy: each change reaches open registry tabs without a reload, and
 * export, import and reset behave as the settings contract (utils/stored-settings.ts, utils/settings-file.ts) says.
 */

declare const chrome: {
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

const YOUTUBE = 'https://www.youtube.com/';
const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const twitch = registry.find((e) => e.id === 'twitch')!;
const youtube = registry.find((e) => e.id === 'youtube')!;

/** storage.local as an extension page sees it. */
async function stored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** Waits until the worker has written effectiveSettings (on install), whatever it holds. */
async function waitForWorkerReady(options: Page): Promise<void> {
  await expect
    .poll(async () => (await stored(options, 'effectiveSettings')) !== undefined, {
      timeout: 10_000,
      message: 'the worker wrote effectiveSettings after install',
    })
    .toBe(true);
}

function firstSection(page: Page): Promise<string | null> {
  return attrInPanel(page, '[data-testid="panel"] [data-section]', 'data-section');
}

function panelCorner(page: Page): Promise<string | null> {
  return attrInPanel(page, '[data-testid="panel"]', 'data-corner');
}

function settingsFile(settings: Record<string, unknown>): {
  name: string;
  mimeType: string;
  buffer: Buffer;
} {
  return {
    name: 'streamwise-settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ streamwise: 'settings', schemaVersion: 2, settings })),
  };
}

describe('options changes reach open tabs live', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('the options page opens without console errors', async () => {
    const { page, errors } = await openOptions(suite);
    await waitForWorkerReady(page);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    expect(await page.locator('main fieldset').count()).toBeGreaterThanOrEqual(5);
    expect(
      await page
        .locator('main fieldset')
        .evaluateAll((els) => els.some((el) => (el as HTMLFieldSetElement).disabled)),
      'no fieldset disabled without a policy',
    ).toBe(false);
    expect(await page.locator('[data-testid="policy-notices"]').count()).toBe(0);
    expect(await page.getByText('Set by your organisation').count()).toBe(0);
    for (const action of ['export', 'import', 'reset-dismissed']) {
      expect(await page.locator(`[data-action="${action}"]`).count(), action).toBe(1);
    }
    await page.waitForTimeout(300);
    await screenshot(page, 'options-unlocked');
    expect(errors).toEqual([]);
  });

  it('choosing "Young people" changes the panel in an open YouTube tab without a reload', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    const tab = await suite.open(YOUTUBE);
    expect(isLiveUrl(youtube, YOUTUBE), 'test premise: not live').toBe(false);
    await ensureOpen(tab);
    expect(await firstSection(tab), 'parents first by default').toBe('privacy');
    await tab.evaluate(() => ((window as unknown as { loadMarker: number }).loadMarker = 1));

    await options.getByRole('radio', { name: 'Young people' }).check();
    await expect.poll(() => firstSection(tab), { timeout: 5_000 }).toBe('young');
    expect(await countInPanel(tab, '[data-section="talk"]')).toBe(0);
    expect(await tab.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker)).toBe(1);
    expect(await stored(options, 'settings')).toMatchObject({ audience: 'young-person' });

    await options.getByRole('radio', { name: 'Parents and carers' }).check();
    await expect.poll(() => firstSection(tab), { timeout: 5_000 }).toBe('privacy');
    expect(errors).toEqual([]);
  });

  it('switching Twitch off removes its panel from an open tab; switching it on brings it back', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    expect(isLiveUrl(twitch, TWITCH_LIVE), 'test premise: live').toBe(true);
    const tab = await suite.open(TWITCH_LIVE);
    await waitForPanel(tab);
    const other = await suite.open(YOUTUBE);
    await waitForPanel(other);

    const box = options.locator('input[data-site="twitch"]');
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(async () => (await panelState(tab)).hosts, { timeout: 5_000 }).toBe(0);
    expect((await panelState(other)).hosts, 'YouTube keeps its panel').toBe(1);
    expect(await stored(options, 'settings')).toMatchObject({ disabledSites: ['twitch'] });

    await tab.reload();
    await expectNoPanel(tab);

    await box.check();
    await expect.poll(async () => (await panelState(tab)).hosts, { timeout: 5_000 }).toBe(1);
    expect(errors).toEqual([]);
  });

  it('a new panel corner moves the panel in an open tab', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    const tab = await suite.open(TWITCH_LIVE);
    await waitForPanel(tab);
    expect(await panelCorner(tab)).toBe('bottom-right');
    const before = await panelBox(tab);
    expect(before).not.toBeNull();
    expect(before!.x + before!.width, 'bottom-right: right half').toBeGreaterThan(640);
    expect(before!.y + before!.height, 'bottom-right: bottom half').toBeGreaterThan(400);

    await options.getByRole('radio', { name: 'Top left' }).check();
    await expect.poll(() => panelCorner(tab), { timeout: 5_000 }).toBe('top-left');
    await expect
      .poll(
        async () => {
          const box = await panelBox(tab);
          return box !== null && box.x < 640 && box.y < 400;
        },
        { timeout: 5_000, message: 'the panel box moved to the top-left quarter' },
      )
      .toBe(true);
    expect((await panelState(tab)).hosts).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('reset dismissed sites', () => {
  const suite = useExtensionBrowser();

  it('brings a dismissed panel back after a reload', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    const tab = await suite.open(YOUTUBE);
    await waitForPanel(tab);
    await clickInPanel(tab, '[data-action="dismiss"]');
    await expect.poll(async () => (await panelState(tab)).hosts).toBe(0);
    await tab.reload();
    await expectNoPanel(tab);

    await options.locator('[data-action="reset-dismissed"]').click();
    const status = options.locator('[data-testid="options-status"]');
    await expect.poll(async () => (await status.textContent()) ?? '').toContain('1 sites');

    await tab.reload();
    expect(await waitForPanel(tab)).toMatchObject({ hosts: 1, site: 'youtube' });
    expect(errors).toEqual([]);
  });
});

describe('export and import', () => {
  const suite = useExtensionBrowser();

  it('export downloads a JSON settings file with the "streamwise": "settings" marker', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    await options.getByRole('radio', { name: 'Young people' }).check();
    await expect
      .poll(() => stored(options, 'settings'), { timeout: 5_000 })
      .toMatchObject({ audience: 'young-person' });

    const [download] = await Promise.all([
      options.waitForEvent('download', { timeout: 10_000 }),
      options.locator('[data-action="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = await download.path();
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(parsed.streamwise).toBe('settings');
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.settings).toMatchObject({ audience: 'young-person', panelMode: 'auto' });

    await options.getByRole('radio', { name: 'Parents and carers' }).check();
    await expect
      .poll(() => stored(options, 'settings'), { timeout: 5_000 })
      .toMatchObject({ audience: 'parent' });
    expect(errors).toEqual([]);
  });

  it('importing a file with one bad key applies the others and names the bad key', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    await options
      .locator('input[data-action="import"]')
      .setInputFiles(
        settingsFile({ audience: 'young-person', panelCorner: 'top-left', panelMode: 'sideways' }),
      );
    const status = options.locator('[data-testid="options-status"]');
    await expect
      .poll(async () => (await status.textContent()) ?? '', { timeout: 5_000 })
      .toContain('panelMode');
    const text = (await status.textContent()) ?? '';
    expect(text).not.toContain('audience');
    expect(text).not.toContain('panelCorner');

    // Only the keys the file set validly are the user's choices; panelMode stays unset (default applies).
    await expect
      .poll(() => stored(options, 'settings'), { timeout: 5_000 })
      .toMatchObject({ audience: 'young-person', panelCorner: 'top-left' });
    expect(await stored(options, 'settings')).not.toHaveProperty('panelMode', 'sideways');
    expect(await options.getByRole('radio', { name: 'Young people' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Top left' }).isChecked()).toBe(true);
    await expect
      .poll(() => stored(options, 'effectiveSettings'), { timeout: 5_000 })
      .toMatchObject({ audience: 'young-person', panelCorner: 'top-left', panelMode: 'auto' });
    expect(errors).toEqual([]);
  });

  it('importing a file that is not JSON shows a clear error and changes nothing', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    const before = {
      settings: await stored(options, 'settings'),
      effective: await stored(options, 'effectiveSettings'),
    };
    await options.locator('input[data-action="import"]').setInputFiles({
      name: 'not-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from('this is {not json'),
    });
    const status = options.locator('[data-testid="options-status"]');
    await expect
      .poll(async () => (await status.textContent()) ?? '', { timeout: 5_000 })
      .toMatch(/not valid JSON/i);
    expect(await status.locator('.sw-error').count()).toBe(1);
    await options.waitForTimeout(300);
    expect(await stored(options, 'settings')).toEqual(before.settings);
    expect(await stored(options, 'effectiveSettings')).toEqual(before.effective);
    expect(errors).toEqual([]);
  });
});

describe('corrupt stored settings', () => {
  const suite = useExtensionBrowser();

  it('a bad audience falls back to the default alone; collapsed mode applies; storage is not cleared', async () => {
    const { page: options, errors } = await openOptions(suite);
    await waitForWorkerReady(options);
    await options.evaluate(() =>
      chrome.storage.local.set({
        settings: { schemaVersion: 2, audience: 'martian', panelMode: 'collapsed' },
      }),
    );
    await expect
      .poll(() => stored(options, 'effectiveSettings'), { timeout: 5_000 })
      .toMatchObject({ audience: 'parent', panelMode: 'collapsed' });

    const tab = await suite.open(YOUTUBE);
    expect(await waitForPanel(tab), 'a first visit starts collapsed in collapsed mode').toMatchObject({
      hosts: 1,
      site: 'youtube',
      state: 'collapsed',
    });
    await ensureOpen(tab);
    expect(await firstSection(tab), 'parents first: the default audience').toBe('privacy');

    await options.reload();
    await options.waitForSelector('main.sw-options fieldset');
    expect(await options.getByRole('radio', { name: 'Parents and carers' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Always start as a small button' }).isChecked()).toBe(
      true,
    );
    await options.waitForTimeout(300);
    expect(await stored(options, 'settings'), 'the stored record is kept as it was').toEqual({
      schemaVersion: 2,
      audience: 'martian',
      panelMode: 'collapsed',
    });
    expect(errors).toEqual([]);
  });
});
