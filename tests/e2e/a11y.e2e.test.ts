import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import type { SiteEntry } from '../../utils/registry-schema';
import {
  clickInPanel,
  ensureOpen,
  evalInPanel,
  mirrorPanelForAxe,
  panelState,
  removeAxeMirror,
  waitForPanel,
} from '../../scripts/lib/browser';
import { isLiveUrl, panelTestUrls } from './harness/sites';
import { useExtensionBrowser } from './harness/suite';
import { openPopupBehindActiveTab } from './harness/extension-pages';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
const IMPACTS: Impact[] = ['critical', 'serious', 'moderate', 'minor'];

interface Violation {
  id: string;
  impact: Impact | null;
  help: string;
  targets: unknown[];
}

interface AxeSummary {
  violations: Violation[];
  /** Nodes axe could not decide on for colour contrast (it then neither passes nor fails them). */
  contrastUndecided: number;
  /** Targets of nodes axe checked and passed; a nested array is a node inside a shadow root. */
  passedTargets: unknown[];
}

/** The slice of axe's API the pages call. */
interface AxeLike {
  version: string;
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: { id: string; impact?: Impact | null; help: string; nodes: { target: unknown }[] }[];
    passes: { nodes: { target: unknown }[] }[];
    incomplete: { id: string; nodes: { target: unknown }[] }[];
  }>;
}

/** Violations found per surface, printed at the end so the counts can be reported. */
const report: { surface: string; violations: Violation[]; contrastUndecided: number }[] = [];

afterAll(() => {
  const lines = report.map(({ surface, violations, contrastUndecided }) => {
    const counts = IMPACTS.map((i) => `${i} ${violations.filter((v) => v.impact === i).length}`).join(', ');
    return `  ${surface}: ${violations.length} violation(s) [${counts}]; color-contrast undecided on ${contrastUndecided} node(s)`;
  });
  console.log(`axe-core violations by surface:\n${lines.join('\n')}`);
});

/**
 * Runs axe-core in the page. Web fixture pages get axe as a script tag; extension pages forbid
 * inline scripts (CSP script-src 'self'), so there it is evaluated through the DevTools protocol.
 */
async function runAxe(page: Page, surface: string, context?: unknown): Promise<AxeSummary> {
  // The panel's root is closed: axe checks a faithful open copy of it (see mirrorPanelForAxe).
  if (context === PANEL_CONTEXT)
    expect(await mirrorPanelForAxe(page), `a panel to check in ${surface}`).toBe(true);
  const hasAxe = () => page.evaluate(() => 'axe' in window);
  if (!(await hasAxe())) {
    if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE_SOURCE);
    else await page.addScriptTag({ path: AXE_PATH });
  }
  expect(await hasAxe(), `axe-core loaded into ${surface}`).toBe(true);
  const summary = await page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(ctx ?? document, {});
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target),
      })),
      passedTargets: result.passes.flatMap((p) => p.nodes.map((n) => n.target)),
      contrastUndecided: result.incomplete
        .filter((r) => r.id === 'color-contrast')
        .reduce((sum, r) => sum + r.nodes.length, 0),
    };
  }, context ?? null);
  if (context === PANEL_CONTEXT) await removeAxeMirror(page);
  report.push({ surface, violations: summary.violations, contrastUndecided: summary.contrastUndecided });
  console.log(
    `axe ${surface}: ${summary.violations.length} violation(s), ` +
      `color-contrast undecided on ${summary.contrastUndecided} node(s)` +
      summary.violations
        .map(
          (v) =>
            `\n  - ${v.id} [${v.impact}] ${v.targets.length} node(s): ${v.help} ${JSON.stringify(v.targets)}`,
        )
        .join(''),
  );
  return summary;
}

function seriousOrWorse(summary: AxeSummary): Violation[] {
  return summary.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** axe looked inside the panel's (mirrored) shadow root: some passed node has a shadow-DOM target path. */
function checkedInsideShadow(summary: AxeSummary): boolean {
  return summary.passedTargets.some(
    (t) => Array.isArray(t) && t.some((part) => Array.isArray(part) && part[0] === 'streamwise-axe-mirror'),
  );
}

const PANEL_CONTEXT = { include: [['streamwise-axe-mirror']] };

function entry(id: string): SiteEntry {
  const found = registry.find((e) => e.id === id);
  if (!found) throw new Error(`The registry has no ${id} entry.`);
  return found;
}

const twitch = entry('twitch');
const TWITCH_LIVE = 'https://www.twitch.tv/somechannel';
const TWITCH_NOT_LIVE = 'https://www.twitch.tv/directory';

/** A registry site other than twitch with a not-live start page, for a fresh first visit. */
function otherSiteUrl(index: number): string {
  const sites = registry.filter((e) => e.id !== 'twitch');
  const site = sites[index % sites.length]!;
  return panelTestUrls(site, 'notLive').find((u) => !isLiveUrl(site, u)) ?? `https://${site.hosts[0]}/`;
}

async function waitForPanelState(page: Page, state: 'open' | 'collapsed'): Promise<void> {
  await expect.poll(async () => (await panelState(page)).state, { timeout: 5_000 }).toBe(state);
}

interface FocusInfo {
  hostFocused: boolean;
  tag: string | null;
  action: string | null;
  focusVisible: boolean;
  outlineStyle: string | null;
  outlineWidth: string | null;
}

/** Where focus is: the page sees only the host; the closed root (read through CDP) knows the rest. */
async function panelFocus(page: Page): Promise<FocusInfo> {
  const hostFocused = await page.evaluate(() =>
    /^streamwise-panel/.test(document.activeElement?.localName ?? ''),
  );
  return evalInPanel(
    page,
    (root, focused) => {
      const el = focused ? (root?.activeElement ?? null) : null;
      const style = el ? getComputedStyle(el) : null;
      return {
        hostFocused: focused,
        tag: el?.tagName.toLowerCase() ?? null,
        action: el?.getAttribute('data-action') ?? null,
        focusVisible: el?.matches(':focus-visible') ?? false,
        outlineStyle: style?.outlineStyle ?? null,
        outlineWidth: style?.outlineWidth ?? null,
      };
    },
    hostFocused,
  );
}

/** Presses Tab until `done` holds for the focus, up to `max` presses; returns the presses needed. */
async function tabUntil(page: Page, done: (f: FocusInfo) => boolean, max = 200): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (done(await panelFocus(page))) return presses;
  }
  throw new Error(`Focus never reached the wanted panel element in ${max} Tab presses on ${page.url()}`);
}

interface ContrastSample {
  text: string;
  ratio: number;
  required: number;
  fg: string;
  bg: string;
}

/**
 * WCAG contrast of every visible piece of text in the panel against the panel's own backgrounds,
 * computed from styles. axe leaves colour contrast undecided inside the panel (it reports
 * "incomplete", contrast ratio 0), so this check stands in for it there.
 */
function panelContrast(page: Page): Promise<ContrastSample[]> {
  return evalInPanel(page, (root) => {
    if (!root) throw new Error('no panel');
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const n = (c.match(/[\d.]+/g) ?? []).map(Number);
      return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const lum = (c: Rgba) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const samples: ContrastSample[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const ownText = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!ownText) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') continue;
      // Backgrounds from the element up to the shadow root, composited over a white page.
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let bg: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) bg = over(layer, bg);
      const fg = over(parse(style.color), bg);
      const l1 = lum(fg);
      const l2 = lum(bg);
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const large = size >= 24 || (size >= 18.66 && bold);
      // Icon glyphs (aria-hidden) are non-text content: 3:1.
      const icon = el.getAttribute('aria-hidden') === 'true' && ownText.length <= 2;
      samples.push({
        text: ownText.slice(0, 40),
        ratio: Math.round(ratio * 100) / 100,
        required: large || icon ? 3 : 4.5,
        fg: `rgb(${fg.slice(0, 3).map(Math.round).join(', ')})`,
        bg: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
      });
    }
    return samples;
  });
}

describe('axe-core: the in-page panel', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('open, then collapsed, on a registry page: no serious or critical violations', async () => {
    const page = await suite.open(TWITCH_NOT_LIVE);
    expect(await waitForPanel(page)).toMatchObject({ state: 'open', live: 'false', site: 'twitch' });
    await page.waitForTimeout(300); // let the open animation finish before colour checks

    const open = await runAxe(page, 'panel open (twitch, not live)', PANEL_CONTEXT);
    expect(checkedInsideShadow(open), 'axe checked nodes inside the shadow root').toBe(true);
    expect(seriousOrWorse(open)).toEqual([]);

    await clickInPanel(page, '[data-action="collapse"]');
    await waitForPanelState(page, 'collapsed');
    const collapsed = await runAxe(page, 'panel collapsed (twitch)', PANEL_CONTEXT);
    expect(checkedInsideShadow(collapsed)).toBe(true);
    expect(seriousOrWorse(collapsed)).toEqual([]);
  });

  it('open on a live page: no serious or critical violations', async () => {
    expect(isLiveUrl(twitch, TWITCH_LIVE)).toBe(true);
    const page = await suite.open(TWITCH_LIVE);
    expect(await ensureOpen(page)).toMatchObject({ state: 'open', live: 'true' });
    await page.waitForTimeout(300);
    const live = await runAxe(page, 'panel open (twitch, live)', PANEL_CONTEXT);
    expect(checkedInsideShadow(live)).toBe(true);
    expect(seriousOrWorse(live)).toEqual([]);
  });

  it('open on a live page in dark mode: no serious or critical violations', async () => {
    const page = await suite.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(TWITCH_LIVE);
    expect(await ensureOpen(page)).toMatchObject({ state: 'open', live: 'true' });
    await page.waitForTimeout(300);
    const dark = await runAxe(page, 'panel open (twitch, live, dark)', PANEL_CONTEXT);
    expect(seriousOrWorse(dark)).toEqual([]);
  });
});

describe('axe-core: the popup and the guide', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('the popup (no site): no serious or critical violations', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${suite.browser().extensionId}/popup.html`);
    await page.waitForSelector('[data-section="reporting-lines"]');
    const summary = await runAxe(page, 'popup (no site)');
    expect(seriousOrWorse(summary)).toEqual([]);
  });

  it('the popup with the Twitch live card: no serious or critical violations', async () => {
    const { context, extensionId } = suite.browser();
    const tab = await suite.open(TWITCH_LIVE);
    await waitForPanel(tab);
    await tab.bringToFront();
    const { page } = await openPopupBehindActiveTab(context, extensionId);
    try {
      await page.locator('[data-section="site"][data-site="twitch"]').waitFor();
      await page.setViewportSize({ width: 400, height: 600 });
      const summary = await runAxe(page, 'popup (twitch live card)');
      expect(seriousOrWorse(summary)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the popup with every fold and line description opened, light and dark: no serious or critical violations', async () => {
    const { context, extensionId } = suite.browser();
    const tab = await suite.open(TWITCH_NOT_LIVE);
    await waitForPanel(tab);
    await tab.bringToFront();
    const { page } = await openPopupBehindActiveTab(context, extensionId);
    try {
      await page.locator('[data-section="site"][data-site="twitch"]').waitFor();
      await page.setViewportSize({ width: 380, height: 600 });
      for (const button of await page.locator('button[data-action="line-details"]').all())
        await button.click();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await page.locator('.sw-line-more[hidden]').count(), 'every description open').toBe(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const summary = await runAxe(page, `popup (twitch, everything open, ${colorScheme})`);
        expect(seriousOrWorse(summary)).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it('the guide with a platform and its sources opened: no serious or critical violations', async () => {
    const page = await suite.open(`chrome-extension://${suite.browser().extensionId}/guide.html`);
    const item = page.locator('li[data-site="twitch"]');
    await item.locator('summary').first().click();
    await item.locator('details.sw-sources summary').click();
    await item.locator('details.sw-sources li').first().waitFor();
    const summary = await runAxe(page, 'guide (twitch and its sources open)');
    expect(seriousOrWorse(summary)).toEqual([]);
  });

  it('dark mode: the popup and the guide have no serious or critical violations', async () => {
    const { extensionId } = suite.browser();
    const popup = await suite.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.waitForSelector('[data-section="reporting-lines"]');
    expect(seriousOrWorse(await runAxe(popup, 'popup (no site, dark)'))).toEqual([]);

    const guide = await suite.newPage();
    await guide.emulateMedia({ colorScheme: 'dark' });
    await guide.goto(`chrome-extension://${extensionId}/guide.html`);
    const item = guide.locator('li[data-site="twitch"]');
    await item.locator('summary').first().click();
    await item.locator('[data-section="report"]').waitFor();
    expect(seriousOrWorse(await runAxe(guide, 'guide (twitch open, dark)'))).toEqual([]);
  });
});

describe('text contrast inside the panel, light and dark', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: open (live and not live) and collapsed panels meet WCAG AA contrast`, async () => {
      const page = await suite.newPage();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const checks: [string, ContrastSample[]][] = [];

      await page.goto(TWITCH_LIVE);
      await ensureOpen(page);
      checks.push(['open, live', await panelContrast(page)]);
      await page.goto(TWITCH_NOT_LIVE);
      await ensureOpen(page);
      expect((await panelState(page)).live).toBe('false');
      checks.push(['open, not live', await panelContrast(page)]);
      await clickInPanel(page, '[data-action="collapse"]');
      await waitForPanelState(page, 'collapsed');
      checks.push(['collapsed', await panelContrast(page)]);

      for (const [state, samples] of checks) {
        expect(samples.length, `${colorScheme} ${state}: text samples`).toBeGreaterThan(0);
        const min = samples.reduce((m, x) => (x.ratio < m.ratio ? x : m));
        console.log(
          `contrast ${colorScheme} ${state}: ${samples.length} text element(s), lowest ${min.ratio}:1 ` +
            `(${JSON.stringify(min.text)} ${min.fg} on ${min.bg})`,
        );
        expect(
          samples.filter((x) => x.ratio < x.required),
          `${colorScheme} ${state}`,
        ).toEqual([]);
      }
    });
  }
});

describe('keyboard and focus on the panel', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  it('never takes focus on load, open (first visit) or collapsed (next visit)', async () => {
    const page = await suite.open(otherSiteUrl(0));
    expect((await waitForPanel(page)).state).toBe('open');
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    const focus = async () => ({
      body: await page.evaluate(() => document.activeElement === document.body),
      inPanel: await evalInPanel(page, (root) => root?.activeElement != null),
    });
    expect(await focus()).toEqual({ body: true, inPanel: false });

    await page.reload();
    expect((await waitForPanel(page)).state).toBe('collapsed');
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await focus()).toEqual({ body: true, inPanel: false });
  });

  it('Tab reaches the panel buttons with a visible focus ring; Enter on collapse collapses', async () => {
    const page = await suite.open(TWITCH_NOT_LIVE);
    expect((await waitForPanel(page)).state).toBe('open');
    await page.waitForLoadState('load');

    const presses = await tabUntil(page, (f) => f.hostFocused && f.tag === 'button');
    expect(presses).toBeLessThanOrEqual(200);
    if ((await panelFocus(page)).action !== 'collapse') {
      await tabUntil(page, (f) => f.action === 'collapse', 10);
    }
    const atCollapse = await panelFocus(page);
    expect(atCollapse.focusVisible, 'keyboard focus matches :focus-visible').toBe(true);
    expect(atCollapse.outlineStyle).not.toBe('none');
    expect(parseFloat(atCollapse.outlineWidth ?? '0')).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    await waitForPanelState(page, 'collapsed');

    // The chip is reachable too, with a visible focus ring, and Enter opens the panel again.
    await tabUntil(page, (f) => f.action === 'expand');
    const atChip = await panelFocus(page);
    expect(atChip.focusVisible).toBe(true);
    expect(atChip.outlineStyle).not.toBe('none');
    await page.keyboard.press('Enter');
    await waitForPanelState(page, 'open');
  });

  it('Escape inside the open panel collapses it', async () => {
    const page = await suite.open(otherSiteUrl(1));
    expect((await waitForPanel(page)).state).toBe('open');
    await page.waitForLoadState('load');
    // Focus a link deep in the card, not just the header buttons.
    await tabUntil(page, (f) => f.hostFocused && f.tag === 'a');
    await page.keyboard.press('Escape');
    await waitForPanelState(page, 'collapsed');
    expect((await panelState(page)).hosts).toBe(1);
  });

  it('Escape with focus outside the panel leaves it open', async () => {
    const page = await suite.open(otherSiteUrl(2));
    expect((await waitForPanel(page)).state).toBe('open');
    await page.waitForLoadState('load');
    await page.locator('a').first().focus();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect((await panelState(page)).state).toBe('open');
  });
});

describe('colour scheme and motion preferences', () => {
  const suite = useExtensionBrowser({ locale: 'en-GB' });

  const panelStyle = (page: Page) =>
    evalInPanel(page, (root) => {
      const panel = root?.querySelector<HTMLElement>('[data-testid="panel"]');
      if (!panel) throw new Error('no panel');
      const s = getComputedStyle(panel);
      return { background: s.backgroundColor, color: s.color, animationName: s.animationName };
    });

  /** Relative luminance of an rgb()/rgba() colour, 0 (black) to 1 (white). */
  function luminance(rgb: string): number {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }

  it('prefers-color-scheme: dark changes the open panel to a dark background', async () => {
    const page = await suite.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(otherSiteUrl(3));
    expect((await waitForPanel(page)).state).toBe('open');
    const light = await panelStyle(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await panelStyle(page);
    expect(dark.background).not.toBe(light.background);
    expect(luminance(light.background), `light background ${light.background}`).toBeGreaterThan(0.5);
    expect(luminance(dark.background), `dark background ${dark.background}`).toBeLessThan(0.2);
    expect(luminance(dark.color), `dark text ${dark.color}`).toBeGreaterThan(0.5);
  });

  it('prefers-reduced-motion: reduce turns the open panel’s animation off', async () => {
    const page = await suite.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(otherSiteUrl(4));
    expect((await waitForPanel(page)).state).toBe('open');
    expect((await panelStyle(page)).animationName).toBe('none');

    // Control: without the preference the panel does animate in.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await panelStyle(page)).animationName).not.toBe('none');
  });
});
