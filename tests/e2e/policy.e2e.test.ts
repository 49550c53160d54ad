import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import {
  attrInPanel,
  countInPanel,
  ensureOpen,
  evalInPanel,
  expectNoPanel,
  panelState,
  screenshot,
  textInPanel,
  waitForPanel,
} from '../../scripts/lib/browser';
import { isLiveUrl } from './harness/sites';
import { useExtensionBrowser, type SuiteBrowser } from './harness/suite';
import { openOptions } from './harness/options-page';
import { collectErrors } from './harness/page-errors';
import { extensionWorker } from './harness/extension-pages';

/**
 * The school-deployment contract (docs/deploy.md) with a REAL Chromium policy file: each describe block
 * launches one browser with one policy in /etc/chromium/policies/managed/, so storage.managed is filled by
 * Chromium itself (schema filtering included), not by a stub.
 */

declare const chrome: {
  storage: {
    local: { get(keys: string | string[] | null): Promise<Record<string, unknown>> };
    managed: { get(): Promise<Record<string, unknown>> };
  };
};

const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const YOUTUBE = 'https://www.youtube.com/';
const SET_BY_ORG = 'Set by your organisation';

const twitch = registry.find((e) => e.id === 'twitch')!;
const youtube = registry.find((e) => e.id === 'youtube')!;

/** What the worker has worked out (policy over user over default), read from storage.local. */
async function effectiveSettings(suite: SuiteBrowser): Promise<Record<string, unknown> | undefined> {
  const worker = await extensionWorker(suite.browser().context);
  const stored = await worker.evaluate(() => chrome.storage.local.get('effectiveSettings'));
  return stored.effectiveSettings as Record<string, unknown> | undefined;
}

/** What Chromium hands the extension from the policy file, after its own schema check. */
async function managedStorage(suite: SuiteBrowser): Promise<Record<string, unknown>> {
  const worker = await extensionWorker(suite.browser().context);
  return worker.evaluate(() => chrome.storage.managed.get());
}

/**
 * The worker writes effectiveSettings on install; wait until it exists (whatever it holds) so a page
 * opened next reads the worker's answer rather than racing the install.
 */
async function waitForWorkerReady(suite: SuiteBrowser): Promise<void> {
  await expect
    .poll(async () => (await effectiveSettings(suite)) !== undefined, {
      timeout: 10_000,
      message: 'the worker wrote effectiveSettings after install',
    })
    .toBe(true);
}

/** popup.html opened as a tab: the active tab is then the popup itself, a non-registry page. */
async function openPopup(suite: SuiteBrowser): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.newPage();
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(`chrome-extension://${suite.browser().extensionId}/popup.html`);
  await page.waitForSelector('[data-section="reporting-lines"]');
  await page.waitForLoadState('load');
  return { page, errors };
}

/** data-section of every section of the open panel's card, in order. */
function panelSections(page: Page): Promise<string[]> {
  return evalInPanel(page, (root) =>
    [...(root?.querySelectorAll('[data-testid="panel"] [data-section]') ?? [])].map((el) =>
      el.getAttribute('data-section')!,
    ),
  );
}

function panelAudience(page: Page): Promise<string | null> {
  return attrInPanel(page, '[data-testid="panel"] [data-audience]', 'data-audience');
}

/** The options fieldset holding a setting's controls. */
function fieldsetFor(page: Page, key: 'audience' | 'region' | 'panelMode' | 'panelCorner' | 'sites') {
  const inner = key === 'region' ? 'select' : key === 'sites' ? 'input[data-site]' : `input[name="${key}"]`;
  return page.locator(`fieldset:has(${inner})`);
}

async function isDisabled(page: Page, key: Parameters<typeof fieldsetFor>[1]): Promise<boolean> {
  const fieldset = fieldsetFor(page, key);
  expect(await fieldset.count(), `one ${key} fieldset`).toBe(1);
  return fieldset.evaluate((el) => (el as HTMLFieldSetElement).disabled);
}

describe('policy disabledSites: ["twitch"]', () => {
  const suite = useExtensionBrowser({ policy: { disabledSites: ['twitch'] } });

  it('Chromium hands the policy to the extension (premise)', async () => {
    expect(await managedStorage(suite)).toEqual({ disabledSites: ['twitch'] });
    await waitForWorkerReady(suite);
  });

  it('no panel on Twitch, even on a live page', async () => {
    await waitForWorkerReady(suite);
    expect(isLiveUrl(twitch, TWITCH_LIVE), 'test premise: a live Twitch URL').toBe(true);
    const page = await suite.open(TWITCH_LIVE);
    await expectNoPanel(page, 1_000);
  });

  it('YouTube still shows its panel', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(YOUTUBE);
    expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: 'youtube', state: 'open' });
  });

  it('options: Twitch is switched off and cannot be switched back on', async () => {
    const { page, errors } = await openOptions(suite);
    const box = page.locator('input[data-site="twitch"]');
    expect(await box.isChecked()).toBe(false);
    expect(await box.isDisabled()).toBe(true);
    expect(await page.locator('li', { has: box }).textContent()).toContain(SET_BY_ORG);
    expect(await page.locator('input[data-site="youtube"]').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('policy audience: "young-person"', () => {
  const suite = useExtensionBrowser({ policy: { audience: 'young-person' } });

  it('the YouTube panel leads with the young-person advice and has no "talk" section', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(YOUTUBE);
    expect(isLiveUrl(youtube, YOUTUBE), 'test premise: not a live URL').toBe(false);
    expect(await ensureOpen(page)).toMatchObject({ hosts: 1, site: 'youtube', live: 'false' });
    const sections = await panelSections(page);
    expect(sections[0], `sections: ${sections.join(', ')}`).toBe('young');
    expect(sections).not.toContain('talk');
    expect(await countInPanel(page, '[data-section="talk"]')).toBe(0);
    expect(await panelAudience(page)).toBe('young-person');
  });

  it('options: the audience is "Set by your organisation"; other settings stay editable', async () => {
    const { page, errors } = await openOptions(suite);
    expect(await isDisabled(page, 'audience')).toBe(true);
    expect(await fieldsetFor(page, 'audience').textContent()).toContain(SET_BY_ORG);
    expect(await page.getByRole('radio', { name: 'Young people' }).isChecked()).toBe(true);
    expect(await isDisabled(page, 'panelMode')).toBe(false);
    expect(await isDisabled(page, 'panelCorner')).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('policy contact', () => {
  const contact = {
    name: 'Ms Patel, Safeguarding Lead',
    phone: '01632 960000',
    url: 'https://school.example/safeguarding',
  };
  const suite = useExtensionBrowser({ policy: { contact } });

  it('the panel shows "Talk to Ms Patel…" with her phone and page', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(YOUTUBE);
    await ensureOpen(page);
    expect(await countInPanel(page, '[data-section="contact"]')).toBe(1);
    const text = (await textInPanel(page, '[data-section="contact"]')) ?? '';
    expect(text).toContain(`Talk to ${contact.name}`);
    expect(text).toContain(contact.phone);
    expect(await attrInPanel(page, '[data-section="contact"] a', 'href')).toBe(contact.url);
  });

  it('the popup on a non-registry tab shows the contact', async () => {
    const { page, errors } = await openPopup(suite);
    expect(await page.locator('[data-section="site"]').count(), 'premise: no site card').toBe(0);
    const section = page.locator('[data-section="contact"]');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain(`Talk to ${contact.name}`);
    expect(text).toContain(contact.phone);
    expect(await section.locator('a').getAttribute('href')).toBe(contact.url);
    expect(errors).toEqual([]);
  });
});

describe('policy extraTips', () => {
  const suite = useExtensionBrowser({ policy: { extraTips: ['Tip A from school'] } });

  it('the popup shows the school’s tip first among its tips', async () => {
    await waitForWorkerReady(suite);
    const { page, errors } = await openPopup(suite);
    // Folded with the other tips; the school's tip also leads as the one tip shown.
    const extra = page.locator('[data-section="extra-tips"]');
    await extra.waitFor({ state: 'attached' });
    expect(await extra.locator('li').allTextContents()).toEqual(['Tip A from school']);
    expect(await page.locator('[data-testid="featured-tip"]').textContent(), 'the school’s tip leads').toBe(
      'Tip A from school',
    );
    const tipSections = await page
      .locator('section[data-section$="-tips"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-section')!));
    expect(tipSections[0], `tip sections: ${tipSections.join(', ')}`).toBe('extra-tips');
    expect(tipSections).toEqual(expect.arrayContaining(['parent-tips', 'young-tips']));
    await screenshot(page, 'popup-policy-extra-tips');
    expect(errors).toEqual([]);
  });
});

describe('policy lockSettings: true', () => {
  const suite = useExtensionBrowser({ policy: { lockSettings: true } });

  it('options: every control read-only, no export, import or reset, "Set by your organisation"', async () => {
    await waitForWorkerReady(suite);
    const { page, errors } = await openOptions(suite);
    const fieldsets = page.locator('main fieldset');
    const disabled = await fieldsets.evaluateAll((els) =>
      els.map((el) => (el as HTMLFieldSetElement).disabled),
    );
    expect(disabled.length).toBeGreaterThanOrEqual(5);
    expect(disabled.every(Boolean), `fieldset disabled flags: ${disabled.join(', ')}`).toBe(true);
    expect(await page.locator('main input:enabled, main select:enabled, main button:enabled').count()).toBe(
      0,
    );
    for (const action of ['export', 'import', 'reset-dismissed']) {
      expect(await page.locator(`[data-action="${action}"]`).count(), action).toBe(0);
    }
    expect(await page.getByText(SET_BY_ORG).first().isVisible()).toBe(true);
    expect(await page.locator('.sw-locked', { hasText: SET_BY_ORG }).count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'options-locked');
    expect(errors).toEqual([]);
  });
});

describe('policy with wrongly typed values (Chromium drops them per managed_schema.json)', () => {
  const suite = useExtensionBrowser({
    policy: { audience: 42, disabledSites: 'twitch', panelMode: 'collapsed' },
  });

  it('Chromium passes on only the well-typed panelMode (premise)', async () => {
    expect(await managedStorage(suite)).toEqual({ panelMode: 'collapsed' });
  });

  it('Twitch still has a panel (disabledSites ignored), and it starts collapsed (panelMode applied)', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(TWITCH_LIVE);
    expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: 'twitch', state: 'collapsed' });
  });

  it('YouTube starts collapsed on a first visit and speaks to parents (audience ignored)', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(YOUTUBE);
    expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: 'youtube', state: 'collapsed' });
    await ensureOpen(page);
    const sections = await panelSections(page);
    expect(sections[0], `sections: ${sections.join(', ')}`).toBe('privacy');
    expect(sections).toContain('talk');
    expect(await panelAudience(page)).toBe('parent');
  });

  it('options: panelMode set by the organisation, audience and sites editable', async () => {
    const { page, errors } = await openOptions(suite);
    expect(await isDisabled(page, 'panelMode')).toBe(true);
    expect(await page.getByRole('radio', { name: 'Always start as a small button' }).isChecked()).toBe(true);
    expect(await isDisabled(page, 'audience')).toBe(false);
    expect(await page.getByRole('radio', { name: 'Parents and carers' }).isChecked()).toBe(true);
    expect(await page.locator('input[data-site="twitch"]').isEnabled()).toBe(true);
    // Chromium dropped the bad values before Streamwise saw them (they show on chrome://policy instead).
    expect(await page.locator('[data-testid="policy-notices"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('policy values Chromium accepts but Streamwise checks further', () => {
  const suite = useExtensionBrowser({
    policy: {
      disabledSites: ['twitch', 'not-a-site'],
      contact: { name: 'X', url: 'http://insecure.example' },
    },
  });

  it('Chromium passes both values on unchanged (premise: this is our validation, not the schema’s)', async () => {
    expect(await managedStorage(suite)).toEqual({
      disabledSites: ['twitch', 'not-a-site'],
      contact: { name: 'X', url: 'http://insecure.example' },
    });
  });

  it('the unknown site id is dropped and Twitch stays switched off', async () => {
    await waitForWorkerReady(suite);
    expect((await effectiveSettings(suite))?.disabledSites).toEqual(['twitch']);
    const page = await suite.open(TWITCH_LIVE);
    await expectNoPanel(page, 1_000);
  });

  it('the http:// url is dropped and the contact name kept', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(YOUTUBE);
    await ensureOpen(page);
    expect(await countInPanel(page, '[data-section="contact"]')).toBe(1);
    expect((await textInPanel(page, '[data-section="contact"]')) ?? '').toContain('Talk to X');
    expect(await countInPanel(page, '[data-section="contact"] a'), 'no link to the http:// address').toBe(0);
    expect(
      await evalInPanel(page, (root) =>
        [...(root?.querySelectorAll('[data-section="contact"], [data-section="contact"] *') ?? [])].some(
          (node) =>
            node.textContent?.includes('insecure.example') ||
            [...node.attributes].some((a) => a.value.includes('insecure.example')),
        ),
      ),
      'the dropped url appears nowhere in the contact section',
    ).toBe(false);
  });

  it('options lists a notice naming each key', async () => {
    const { page, errors } = await openOptions(suite);
    const notices = page.locator('[data-testid="policy-notices"]');
    await notices.waitFor();
    const text = (await notices.textContent()) ?? '';
    expect(text).toContain('disabledSites');
    expect(text).toContain('not-a-site');
    expect(text).toContain('contact');
    expect(text).toContain('http://insecure.example');
    expect(errors).toEqual([]);
  });
});

describe('policy panelMode: "live-only"', () => {
  const suite = useExtensionBrowser({ policy: { panelMode: 'live-only' } });

  it('a live Twitch page shows the panel', async () => {
    await waitForWorkerReady(suite);
    expect(isLiveUrl(twitch, TWITCH_LIVE), 'test premise: a live Twitch URL').toBe(true);
    const page = await suite.open(TWITCH_LIVE);
    expect(await waitForPanel(page)).toMatchObject({ hosts: 1, site: 'twitch', live: 'true' });
  });

  it('the (not live) YouTube home page shows none', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(YOUTUBE);
    await expectNoPanel(page, 1_000);
  });

  it('options: "When the panel shows" is set by the organisation; the audience stays editable', async () => {
    const { page, errors } = await openOptions(suite);
    expect(await isDisabled(page, 'panelMode')).toBe(true);
    expect(await fieldsetFor(page, 'panelMode').textContent()).toContain(SET_BY_ORG);
    expect(await page.getByRole('radio', { name: 'Only on live streams' }).isChecked()).toBe(true);
    expect(await isDisabled(page, 'audience')).toBe(false);
    expect(await fieldsetFor(page, 'audience').textContent()).not.toContain(SET_BY_ORG);
    expect(await page.locator('[data-testid="policy-notices"]').count(), 'no ignored values').toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('policy region: "AU" in a browser set to en-GB', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB', policy: { region: 'AU' } });

  it('the popup shows the Australian reporting lines', async () => {
    await waitForWorkerReady(suite);
    const { page, errors } = await openPopup(suite);
    expect(await page.evaluate(() => navigator.language), 'test premise: the browser locale').toBe('en-GB');
    const lines = page.locator('[data-section="reporting-lines"]');
    expect(await lines.getAttribute('data-region')).toBe('AU');
    expect((await lines.textContent()) ?? '').toContain('eSafety');
    expect(errors).toEqual([]);
  });

  it('the panel names the Australian national line', async () => {
    await waitForWorkerReady(suite);
    const page = await suite.open(YOUTUBE);
    await ensureOpen(page);
    expect(await attrInPanel(page, '[data-testid="national-line"]', 'data-region')).toBe('AU');
    expect((await panelState(page)).hosts).toBe(1);
  });
});
