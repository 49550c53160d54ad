// Issue 17, item 5: the example policies in docs/examples/, loaded by the browsers themselves. Chromium
// reads chrome-policy.json (and google-admin-policy.json, unwrapped from the Admin console's { "Value": … }
// as the console does) from a real policy file, in one launch: the second example replaces the first
// through chrome://policy's "Reload policies". Firefox ESR reads firefox-policies.json as a real
// policies.json, whose ExtensionSettings force-installs the build (packed as a local .xpi). Each browser's
// own report (chrome://policy, about:policies) must list every policy the example sets, accepted, and the
// panel, popup and options page must show what the example sets.
// edge-windows.reg and macos-chrome.mobileconfig are for Windows and macOS: no browser here reads them.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page as FirefoxPage } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import {
  attrInPanel,
  countInPanel,
  ensureOpen,
  evalInPanel,
  expectNoPanel,
  panelBox,
  screenshot,
  textInPanel,
} from '../../scripts/lib/browser';
import {
  extensionPolicyRows,
  openPolicyPage,
  reloadPolicies,
  type PolicyRow,
} from './harness/chrome-policy-page';
import { extensionWorker, openPopupBehindActiveTab } from './harness/extension-pages';
import {
  defaultFirefoxExtensionDir,
  geckoId,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './harness/firefox';
import { evalInFirefoxPanel } from './harness/firefox-panel';
import {
  packXpi,
  removeFirefoxPolicies,
  waitForPolicyInstall,
  writeFirefoxPolicies,
} from './harness/firefox-policy';
import { openOptions } from './harness/options-page';
import { repoRoot } from '../../scripts/lib/paths';
import { writeExtensionPolicy } from '../../scripts/lib/policy';
import { siteUrl } from './harness/sites';
import { useExtensionBrowser, type SuiteBrowser } from './harness/suite';

declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } };
/** Firefox's extension pages: the same API under `browser`. */
declare const browser: typeof chrome;

type Policy = Record<string, unknown>;

const example = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(repoRoot, 'docs', 'examples', file), 'utf8')) as T;

/** The Admin console's file wraps each policy as { "Value": … }; the console hands Chrome the values. */
function unwrapAdminConsole(file: Record<string, { Value: unknown }>): Policy {
  return Object.fromEntries(Object.entries(file).map(([key, wrapped]) => [key, wrapped.Value]));
}

const CHROME_EXAMPLE = example<Policy>('chrome-policy.json');
const ADMIN_EXAMPLE = unwrapAdminConsole(example('google-admin-policy.json'));

const AMO_URL = 'https://addons.mozilla.org/firefox/downloads/latest/<AMO_SLUG>/latest.xpi';
const contact = CHROME_EXAMPLE.contact as { name: string; phone: string; url: string };
const extraTips = CHROME_EXAMPLE.extraTips as string[];
const robloxNote = (CHROME_EXAMPLE.siteNotes as Record<string, string>).roblox;
const disabledSites = CHROME_EXAMPLE.disabledSites as string[];
const roblox = registry.find((e) => e.id === 'roblox')!;
const youtube = registry.find((e) => e.id === 'youtube')!;
const ROBLOX = siteUrl(roblox);
const YOUTUBE = siteUrl(youtube);

/** A chrome://policy value cell as JSON: lists and objects are printed as JSON, strings bare. */
function cellValue(row: PolicyRow): unknown {
  try {
    return JSON.parse(row.value);
  } catch {
    return row.value;
  }
}

function managedStorage(suite: SuiteBrowser): Promise<Policy> {
  return extensionWorker(suite.browser().context).then((w) => w.evaluate(() => chrome.storage.managed.get()));
}

/** Waits until the extension's storage.managed holds exactly `policy`. */
async function waitForManaged(suite: SuiteBrowser, policy: Policy): Promise<void> {
  await expect
    .poll(() => managedStorage(suite), { timeout: 20_000, interval: 200, message: 'storage.managed' })
    .toEqual(policy);
}

/** Replaces the policy file and has Chromium read it now, as "Reload policies" on chrome://policy does. */
async function switchPolicy(suite: SuiteBrowser, policy: Policy): Promise<void> {
  writeExtensionPolicy(suite.browser().extensionId, policy);
  const page = await openPolicyPage(suite.browser().context);
  await reloadPolicies(page);
  await page.close();
  await waitForManaged(suite, policy);
}

/** Every policy the example sets is on chrome://policy, accepted (OK, no error, no warning), as written. */
async function expectChromePolicyPageAccepts(suite: SuiteBrowser, policy: Policy, label: string) {
  const page = await openPolicyPage(suite.browser().context);
  const rows = await extensionPolicyRows(page, suite.browser().extensionId);
  await page.close();
  expect(rows, 'chrome://policy has a table for the extension').not.toBeNull();
  const report = rows!.map((r) => `${r.name}: ${r.status}${r.errors ? ` (${r.errors})` : ''}`).join('; ');
  console.log(`[policy-browsers] chrome://policy for ${label}: ${report}`);
  expect(rows!.map((r) => r.name).sort()).toEqual(Object.keys(policy).sort());
  for (const row of rows!) {
    expect({ name: row.name, status: row.status, errors: row.errors, warnings: row.warnings }).toEqual({
      name: row.name,
      status: 'OK',
      errors: '',
      warnings: '',
    });
    expect(cellValue(row), row.name).toEqual(policy[row.name]);
  }
}

describe('Chromium with docs/examples/chrome-policy.json as a real policy file', () => {
  const suite = useExtensionBrowser({ policy: CHROME_EXAMPLE });

  it('reaches storage.managed unchanged, and chrome://policy lists every policy as OK', async () => {
    await waitForManaged(suite, CHROME_EXAMPLE);
    await expectChromePolicyPageAccepts(suite, CHROME_EXAMPLE, 'chrome-policy.json');
  });

  it('the Roblox panel shows the school note under the contact’s name, the contact, in the bottom-left corner', async () => {
    const page = await suite.open(ROBLOX);
    await ensureOpen(page);
    expect(await countInPanel(page, '[data-section="school-note"]')).toBe(1);
    expect(await textInPanel(page, '[data-section="school-note"] h3')).toBe(contact.name);
    expect(await textInPanel(page, '[data-section="school-note"] p')).toBe(robloxNote);
    const talk = (await textInPanel(page, '[data-section="contact"]')) ?? '';
    expect(talk).toContain(`Talk to ${contact.name}`);
    expect(talk).toContain(contact.phone);
    expect(await attrInPanel(page, '[data-section="contact"] a', 'href')).toBe(contact.url);
    expect(await attrInPanel(page, '[data-testid="panel"] [data-audience]', 'data-audience')).toBe('parent');
    expect(await attrInPanel(page, '[data-testid="national-line"]', 'data-region')).toBe('GB');
    const box = (await panelBox(page))!;
    expect(box.x + box.width / 2, 'recommended panelCorner bottom-left').toBeLessThan(640);
    await scrollToNote(page);
    await screenshot(page, 'panel-roblox-school-note');
  });

  it('the popup on the Roblox tab shows the note, the contact and the school’s tips first', async () => {
    const tab = await suite.open(ROBLOX);
    await tab.bringToFront();
    const { page, errors } = await openPopupBehindActiveTab(
      suite.browser().context,
      suite.browser().extensionId,
    );
    try {
      await page.locator('[data-section="school-note"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-section="school-note"] p').textContent()).toBe(robloxNote);
      expect(await page.locator('[data-section="contact"]').first().textContent()).toContain(
        `Talk to ${contact.name}`,
      );
      expect(await page.locator('[data-section="extra-tips"] li').allTextContents()).toEqual(extraTips);
      expect(await page.locator('[data-section="reporting-lines"]').getAttribute('data-region')).toBe('GB');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it(`no panel on the disabled sites (${disabledSites.join(', ')})`, async () => {
    const page = await suite.open(YOUTUBE);
    await expectNoPanel(page, 1_000);
  });

  it('options: every setting "Set by your organisation" (enforced), nothing ignored', async () => {
    const { page, errors } = await openOptions(suite);
    const disabled = await page
      .locator('main fieldset')
      .evaluateAll((els) => els.map((el) => (el as HTMLFieldSetElement).disabled));
    expect(disabled.length).toBeGreaterThanOrEqual(5);
    expect(disabled.every(Boolean)).toBe(true);
    expect(await page.locator('[data-testid="policy-notices"]').count()).toBe(0);
    for (const site of disabledSites) {
      expect(await page.locator(`input[data-site="${site}"]`).isChecked(), site).toBe(false);
    }
    await screenshot(page, 'options-enforced');
    expect(errors).toEqual([]);
  });

  it('options without lockSettings: the corner is "Recommended by your organisation", the rest enforced', async () => {
    const { lockSettings: _lock, ...unlocked } = CHROME_EXAMPLE;
    await switchPolicy(suite, unlocked);
    const { page, errors } = await openOptions(suite);
    const corner = page.locator('fieldset:has(input[name="panelCorner"])');
    await expect
      .poll(() => corner.locator('[data-testid="recommended"]').count(), { timeout: 5_000 })
      .toBe(1);
    expect(await corner.evaluate((el) => (el as HTMLFieldSetElement).disabled)).toBe(false);
    expect(await page.locator('input[name="panelCorner"][value="bottom-left"]').isChecked()).toBe(true);
    const audience = page.locator('fieldset:has(input[name="audience"])');
    expect(await audience.evaluate((el) => (el as HTMLFieldSetElement).disabled)).toBe(true);
    expect(await audience.textContent()).toContain('Set by your organisation');
    await screenshot(page, 'options-recommended');
    expect(errors).toEqual([]);
  });

  it('docs/examples/google-admin-policy.json (unwrapped) is the same policy, and Chromium accepts it', async () => {
    expect(ADMIN_EXAMPLE).toEqual(CHROME_EXAMPLE);
    await switchPolicy(suite, {}); // so the next policy's arrival is seen
    await switchPolicy(suite, ADMIN_EXAMPLE);
    await expectChromePolicyPageAccepts(suite, ADMIN_EXAMPLE, 'google-admin-policy.json');
    const page = await suite.open(ROBLOX);
    await ensureOpen(page);
    expect(await textInPanel(page, '[data-section="school-note"] p')).toBe(robloxNote);
    const tube = await suite.open(YOUTUBE);
    await expectNoPanel(tube, 1_000);
  });
});

/** Scrolls the panel's card so the school note is in view for the screenshot. */
function scrollToNote(page: Page): Promise<void> {
  return evalInPanel(page, (root) => root?.querySelector('[data-section="school-note"]')?.scrollIntoView());
}

describe('Firefox ESR with docs/examples/firefox-policies.json as its policies.json', () => {
  let firefox: FirefoxWithExtension | undefined;
  let launchError: unknown;
  let expected: Policy;

  let xpi: string | undefined;
  let optionsPage: FirefoxPage | undefined;

  beforeAll(async () => {
    const extensionDir = defaultFirefoxExtensionDir();
    xpi = await packXpi(extensionDir);
    // The example as written, with its placeholders filled in: the add-on id, and the build packed as a
    // local .xpi in place of addons.mozilla.org (which this closed network cannot reach).
    const text = readFileSync(path.join(repoRoot, 'docs', 'examples', 'firefox-policies.json'), 'utf8')
      .replaceAll('<GECKO_ID>', geckoId(extensionDir))
      .replace(AMO_URL, pathToFileURL(xpi).href);
    expect(text).not.toMatch(/<[A-Z_]+>/);
    const { policies } = JSON.parse(text) as { policies: Record<string, unknown> };
    const thirdParty = policies['3rdparty'] as { Extensions: Record<string, Policy> };
    const policy = thirdParty.Extensions[geckoId(extensionDir)];
    if (!policy) throw new Error('firefox-policies.json has no 3rdparty.Extensions["<GECKO_ID>"]');
    expected = policy;
    writeFirefoxPolicies(policies);
    firefox = await launchFirefoxWithExtension({ installedByPolicy: true }).catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  });
  afterAll(async () => {
    await firefox?.close();
    removeFirefoxPolicies();
    if (xpi) rmSync(path.dirname(xpi), { recursive: true, force: true });
  });

  function ff(): FirefoxWithExtension {
    if (!firefox) throw launchError ?? new Error('Firefox did not launch.');
    return firefox;
  }

  async function open(url: string): Promise<FirefoxPage> {
    const page = await ff().browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  it('force-installs the add-on from the example’s ExtensionSettings', async () => {
    optionsPage = await waitForPolicyInstall(ff());
  });

  it('about:policies shows the policy active, with no errors', async () => {
    // A privileged page: puppeteer's waitForSelector (it builds a Function) is refused there; evaluate works.
    const page = await ff().browser.newPage();
    void page.goto('about:policies', { timeout: 15_000 }).catch(() => undefined);
    await expect
      .poll(() => page.evaluate(() => document.getElementById('activeContent')?.childElementCount ?? 0), {
        timeout: 10_000,
        interval: 200,
        message: 'about:policies lists the active policies',
      })
      .toBeGreaterThan(0);
    const report = await page.evaluate(() => ({
      active: document.getElementById('activeContent')?.textContent?.replace(/\s+/g, ' ') ?? '',
      errorsTabHidden: (document.getElementById('category-errors') as HTMLElement | null)?.hidden ?? null,
      errors: document.getElementById('errorsContent')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    }));
    console.log(`[policy-browsers] Firefox about:policies errors: ${report.errors || 'none'}`);
    expect(report.errorsTabHidden).toBe(true);
    expect(report.errors).toBe('');
    for (const key of ['ExtensionSettings', 'force_installed', ...Object.keys(expected)]) {
      expect(report.active, key).toContain(key);
    }
    expect(report.active).toContain(robloxNote);
  });

  it('reaches storage.managed unchanged, and the options page shows it enforced', async () => {
    const page = optionsPage ?? (await waitForPolicyInstall(ff()));
    const managed = await page.evaluate(() => browser.storage.managed.get());
    expect(managed).toEqual(expected);
    await page.waitForFunction(() => document.querySelectorAll('main fieldset:disabled').length >= 5, {
      timeout: 10_000,
    });
    expect(await page.$$eval('[data-testid="policy-notices"]', (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => document.body.textContent)).toContain('Set by your organisation');
  });

  it('the Roblox panel (closed root, read over WebDriver BiDi) shows the note and the contact', async () => {
    const page = await open(ROBLOX);
    await expect
      .poll(
        () =>
          evalInFirefoxPanel(
            page,
            (root) => root?.querySelector('[data-section="school-note"] p')?.textContent?.trim() ?? null,
          ),
        { timeout: 15_000, interval: 200, message: 'school note in the Firefox panel' },
      )
      .toBe(robloxNote);
    const panel = await evalInFirefoxPanel(page, (root) => ({
      org: root?.querySelector('[data-section="school-note"] h3')?.textContent?.trim() ?? null,
      contact: root?.querySelector('[data-section="contact"]')?.textContent?.replace(/\s+/g, ' ') ?? '',
      audience: root?.querySelector('[data-audience]')?.getAttribute('data-audience') ?? null,
    }));
    expect(panel.org).toBe(contact.name);
    expect(panel.contact).toContain(`Talk to ${contact.name}`);
    expect(panel.audience).toBe('parent');
  });

  it('no panel on YouTube, which the example disables', async () => {
    const page = await open(YOUTUBE);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const hosts = await page.evaluate(
      () =>
        [...document.documentElement.children].filter((el) => el.localName.startsWith('streamwise')).length,
    );
    expect(hosts).toBe(0);
  });
});
