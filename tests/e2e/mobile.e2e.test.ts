import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickInPanel,
  ensureOpen,
  panelBox,
  panelState,
  waitForPanel,
  waitForPanelState,
} from '../../scripts/lib/browser';
import { openPopupBehindActiveTab } from './harness/extension-pages';
import {
  emulatePhone,
  PHONE,
  pageOverflow,
  panelOverflow,
  phoneScreenshot,
  smallTargetsInPage,
  smallTargetsInPanel,
} from './harness/layout';
import { withFixture } from './harness/sites';
import { useExtensionBrowser } from './harness/suite';

/**
 * Firefox for Android's layout, checked in Chromium's mobile emulation (360 × 740, device scale 3,
 * touch): what a phone cannot show, a desktop test would never notice. Real-device limits are in
 * docs/mobile.md.
 */
const NOT_LIVE = withFixture('https://www.twitch.tv/directory', 'mobile');
const LIVE = withFixture('https://www.twitch.tv/somechannel', 'mobile');

async function phonePage(suite: ReturnType<typeof useExtensionBrowser>, url: string): Promise<Page> {
  const page = await suite.newPage();
  await emulatePhone(page);
  await page.goto(url);
  await emulatePhone(page);
  return page;
}

async function expectPhoneLayout(page: Page, label: string): Promise<void> {
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  expect(viewport, `${label}: the phone's viewport`).toEqual({ width: PHONE.width, height: PHONE.height });
  const touch = await page.evaluate(() => matchMedia('(pointer: coarse) and (hover: none)').matches);
  expect(touch, `${label}: a touch screen`).toBe(true);
}

describe('on a phone (360 × 740, touch)', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  for (const [kind, url] of [
    ['not live', NOT_LIVE],
    ['live', LIVE],
  ] as const) {
    it(`the open panel (${kind}) covers at most the bottom third, fits the width, and every target is ≥ 24 × 24`, async () => {
      const page = await phonePage(suite, url);
      await expectPhoneLayout(page, kind);
      expect(await ensureOpen(page)).toMatchObject({ state: 'open', live: String(kind === 'live') });
      await page.waitForTimeout(250); // the open animation

      const box = (await panelBox(page))!;
      console.log(`mobile panel (${kind}): ${JSON.stringify(box)}`);
      expect(box.x, 'inside the screen at the start side').toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, 'inside the screen at the end side').toBeLessThanOrEqual(PHONE.width);
      expect(box.y + box.height, 'on screen at the bottom').toBeLessThanOrEqual(PHONE.height);
      expect(box.y, 'in the bottom third').toBeGreaterThanOrEqual((PHONE.height * 2) / 3);
      expect(box.height, 'tall enough to read').toBeGreaterThan(120);

      expect(await pageOverflow(page), 'no sideways scrolling').toSatisfy(
        (o: { scrollWidth: number; clientWidth: number }) => o.scrollWidth <= o.clientWidth,
      );
      expect(await panelOverflow(page), 'nothing cut off inside the panel').toEqual([]);
      const targets = await smallTargetsInPanel(page);
      expect(targets.measured, 'targets measured').toBeGreaterThan(5);
      expect(targets.small).toEqual([]);
      if (kind === 'not live') await phoneScreenshot(page, 'mobile-panel-open');
    });
  }

  it('the chip: at the bottom, on screen, ≥ 24 × 24', async () => {
    const page = await phonePage(suite, NOT_LIVE);
    const state = await waitForPanel(page);
    if (state.state === 'open') {
      await clickInPanel(page, '[data-action="collapse"]');
      await waitForPanelState(page, 'collapsed');
    }
    expect((await panelState(page)).state).toBe('collapsed');
    const box = (await panelBox(page))!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(box.y).toBeGreaterThanOrEqual((PHONE.height * 2) / 3);
    const targets = await smallTargetsInPanel(page);
    expect(targets.measured).toBe(1);
    expect(targets.small).toEqual([]);
    expect(await pageOverflow(page)).toSatisfy(
      (o: { scrollWidth: number; clientWidth: number }) => o.scrollWidth <= o.clientWidth,
    );
  });

  it('the popup, alone and with the live Twitch card: no sideways scrolling, targets ≥ 24 × 24', async () => {
    const { context, extensionId } = suite.browser();
    const alone = await phonePage(suite, `chrome-extension://${extensionId}/popup.html`);
    await alone.waitForSelector('[data-section="reporting-lines"]');
    await expectPhoneLayout(alone, 'popup');
    expect(await pageOverflow(alone)).toEqual({ scrollWidth: PHONE.width, clientWidth: PHONE.width });
    expect(await smallTargetsInPage(alone)).toEqual([]);

    const tab = await phonePage(suite, LIVE);
    await waitForPanel(tab);
    await tab.bringToFront();
    const { page } = await openPopupBehindActiveTab(context, extensionId);
    try {
      await emulatePhone(page);
      await page.reload();
      await page.locator('[data-section="site"][data-site="twitch"]').waitFor();
      await emulatePhone(page);
      await expectPhoneLayout(page, 'popup with a site');
      expect(await pageOverflow(page)).toEqual({ scrollWidth: PHONE.width, clientWidth: PHONE.width });
      expect(await smallTargetsInPage(page)).toEqual([]);
      await phoneScreenshot(page, 'mobile-popup-twitch-live');
    } finally {
      await page.close();
    }
  });

  it('the guide, with a platform and its sources open: no sideways scrolling, targets ≥ 24 × 24', async () => {
    const page = await phonePage(suite, `chrome-extension://${suite.browser().extensionId}/guide.html`);
    await expectPhoneLayout(page, 'guide');
    const item = page.locator('li[data-site="twitch"]');
    await item.locator('summary').first().click();
    await item.locator('details.sw-sources summary').click();
    await item.locator('details.sw-sources li').first().waitFor();
    expect(await pageOverflow(page)).toEqual({ scrollWidth: PHONE.width, clientWidth: PHONE.width });
    expect(await smallTargetsInPage(page)).toEqual([]);
    await phoneScreenshot(page, 'mobile-guide-twitch');
  });
});
