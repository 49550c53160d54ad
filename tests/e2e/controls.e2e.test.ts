// Issue 18, item 5: every input, select, textarea and checkbox on every surface (panel, popup, guide,
// options) has an edge with at least 3:1 contrast against what is behind it (WCAG 2.2 1.4.11) and a
// target of at least 24 × 24 px (2.5.8), in light and dark. Colours are read from computed styles in
// real Chromium; the arithmetic is utils/contrast.ts (unit-tested).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { ensureOpen, evalInPanel } from '../../scripts/lib/browser';
import { judgeControl, type ControlSample } from '../../utils/control-boundary';
import { openPopupBehindActiveTab } from './harness/extension-pages';
import { useExtensionBrowser } from './harness/suite';

const TWITCH_NOT_LIVE = 'https://www.twitch.tv/directory';

interface Measured {
  /** Tag, type and a name a reader would know it by. */
  label: string;
  /** A control this test planted: `styled` must pass, `bare` (inline border: 0) must fail. */
  probe: 'styled' | 'bare' | null;
  sample: ControlSample;
}

interface ProbeTarget {
  /** Where to plant probe controls (a card on the surface), or null for none. */
  into: string | null;
}

/**
 * Runs in the page (or the panel's closed root, through CDP): opens every <details> so folded controls
 * count, optionally plants probe controls inside `into`, and reads each enabled control's computed edge,
 * background, the backgrounds behind it and its box. Disabled controls are exempt (1.4.11, 2.5.8).
 * Self-contained: it is serialised into the page.
 */
function measureControls(root: Document | ShadowRoot | null, arg: ProbeTarget): Measured[] {
  if (!root) throw new Error('no surface to measure (no panel?)');
  for (const details of root.querySelectorAll('details')) details.open = true;
  root.querySelectorAll('[data-control-probe]').forEach((el) => el.remove());
  const container = arg.into ? root.querySelector(arg.into) : null;
  if (arg.into && !container) throw new Error(`no ${arg.into} to plant probes in`);
  if (container) {
    const probes = document.createElement('div');
    probes.setAttribute('data-control-probe', '');
    const plant = (tag: string, type: string | null, kind: string, style?: string) => {
      const label = document.createElement('label');
      const el = document.createElement(tag);
      if (type) el.setAttribute('type', type);
      el.setAttribute('data-probe', kind);
      if (style) el.setAttribute('style', style);
      label.append(el, ` probe ${tag} ${type ?? ''}`);
      probes.append(label);
    };
    plant('input', 'checkbox', 'styled');
    plant('input', 'radio', 'styled');
    plant('input', 'text', 'styled');
    plant('select', null, 'styled');
    plant('textarea', null, 'styled');
    plant('input', 'text', 'bare', 'border: 0; outline: 0; background: transparent');
    container.append(probes);
  }
  const edge = (s: CSSStyleDeclaration, side: string) => ({
    style: s.getPropertyValue(`border-${side}-style`),
    width: s.getPropertyValue(`border-${side}-width`),
    color: s.getPropertyValue(`border-${side}-color`),
  });
  const found: Measured[] = [];
  for (const el of root.querySelectorAll<HTMLInputElement>('input:not([type="hidden"]), select, textarea')) {
    if (el.disabled) continue;
    const rect = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const behind: string[] = [];
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg === 'rgba(0, 0, 0, 0)') continue;
      behind.push(bg);
      if (bg.startsWith('rgb(')) break;
    }
    const name =
      el.getAttribute('data-site') ??
      el.getAttribute('name') ??
      el.getAttribute('data-testid') ??
      el.closest('label')?.textContent?.trim().slice(0, 30) ??
      '';
    found.push({
      label: `${el.localName}${el.type ? `[${el.type}]` : ''} ${name}`.trim(),
      probe: (el.getAttribute('data-probe') as Measured['probe']) ?? null,
      sample: {
        background: s.backgroundColor,
        behind,
        borders: ['top', 'right', 'bottom', 'left'].map((side) => edge(s, side)),
        outline: { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor },
        width: rect.width,
        height: rect.height,
      },
    });
  }
  root.querySelectorAll('[data-control-probe]').forEach((el) => el.remove());
  return found;
}

function measurePage(page: Page, into: string | null): Promise<Measured[]> {
  return page.evaluate(`(${measureControls.toString()})(document, ${JSON.stringify({ into })})`) as Promise<
    Measured[]
  >;
}

/** Judges every control; logs the weakest; returns the surface's real controls and the probes' verdicts. */
function judge(surface: string, measured: Measured[]) {
  const verdicts = measured.map((m) => ({ ...m, verdict: judgeControl(m.sample) }));
  const real = verdicts.filter((v) => v.probe === null);
  const weakest = real.reduce<(typeof real)[number] | undefined>(
    (low, v) => (!low || v.verdict.ratio < low.verdict.ratio ? v : low),
    undefined,
  );
  console.log(
    `controls ${surface}: ${real.length} real control(s)` +
      (weakest
        ? `, weakest edge ${weakest.verdict.ratio}:1 (${weakest.verdict.source}) on ${weakest.label}, ` +
          `smallest ${Math.min(...real.map((v) => v.sample.width))} × ${Math.min(...real.map((v) => v.sample.height))} px`
        : ''),
  );
  return {
    real,
    failures: verdicts
      .filter((v) => v.probe !== 'bare' && v.verdict.problems.length > 0)
      .map((v) => `${v.label}: ${v.verdict.problems.join('; ')}`),
    bare: verdicts.filter((v) => v.probe === 'bare').map((v) => v.verdict),
    styledProbes: verdicts.filter((v) => v.probe === 'styled').length,
  };
}

/** The planted borderless control must be caught: the check can fail. */
function expectBareCaught(result: ReturnType<typeof judge>, surface: string) {
  expect(result.bare, `${surface}: one bare probe`).toHaveLength(1);
  expect(result.bare[0]!.problems.join(' '), `${surface}: the bare probe is flagged`).toMatch(
    /no visible boundary/,
  );
  expect(result.styledProbes, `${surface}: the styled probes were measured`).toBe(5);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`form controls, ${colorScheme}: visible edge ≥ 3:1 and 24 × 24 px`, () => {
    const suite = useExtensionBrowser({ locale: 'en-GB' });
    const extensionPage = async (file: string, ready: string) => {
      const page = await suite.newPage();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(`chrome-extension://${suite.browser().extensionId}/${file}`);
      await page.waitForSelector(ready);
      await page.waitForLoadState('load');
      return page;
    };

    it('options page', async () => {
      const page = await extensionPage('options.html', 'main.sw-options fieldset');
      const result = judge(`options (${colorScheme})`, await measurePage(page, 'main.sw-options'));
      expectBareCaught(result, 'options');
      // 2 audiences + 3 modes + 4 corners (radios), the region select, a checkbox per site, the file input.
      expect(result.real.length).toBeGreaterThanOrEqual(2 + 3 + 4 + 1 + registry.length + 1);
      expect(result.failures).toEqual([]);
    });

    it('guide, with the family plan open', async () => {
      // ?plan= opens the plan builder, so its filter box and platform checkboxes are measured too.
      const page = await extensionPage('guide.html?plan=twitch', '[data-testid="guide-search"]');
      const result = judge(
        `guide (${colorScheme})`,
        await measurePage(page, 'li[data-site="twitch"] .sw-card'),
      );
      expectBareCaught(result, 'guide');
      expect(result.real.map((v) => v.label)).toContain('input[search] guide-search');
      // The search box and, in the plan, a filter and one checkbox per platform.
      expect(result.real.length).toBeGreaterThanOrEqual(2 + registry.length);
      expect(result.failures).toEqual([]);
    });

    it('guide with the family plan open', async () => {
      const page = await extensionPage('guide.html?plan=twitch', '[data-testid="plan-filter"]');
      const result = judge(`guide family plan (${colorScheme})`, await measurePage(page, '.sw-plan-builder'));
      expectBareCaught(result, 'guide family plan');
      // The filter and a checkbox per platform.
      expect(result.real.length).toBeGreaterThanOrEqual(1 + registry.length);
      expect(result.failures).toEqual([]);
    });

    it('welcome page', async () => {
      const page = await extensionPage('welcome.html', '[data-testid="welcome-form"]');
      const result = judge(`welcome (${colorScheme})`, await measurePage(page, 'main.sw-welcome'));
      expectBareCaught(result, 'welcome');
      // 2 audiences and 3 panel modes (radios) and the country select.
      expect(result.real.length).toBe(2 + 3 + 1);
      expect(result.failures).toEqual([]);
    });

    it('popup on a registry tab, its folded card opened', async () => {
      const { context, extensionId } = suite.browser();
      const tab = await suite.newPage();
      await tab.emulateMedia({ colorScheme });
      await tab.goto(TWITCH_NOT_LIVE);
      await ensureOpen(tab);
      await tab.bringToFront();
      const { page } = await openPopupBehindActiveTab(context, extensionId);
      try {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width: 400, height: 600 });
        await page.locator('[data-section="site"][data-site="twitch"]').waitFor();
        const result = judge(
          `popup (${colorScheme})`,
          await measurePage(page, '[data-section="site"] .sw-card'),
        );
        expectBareCaught(result, 'popup');
        expect(result.failures).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('in-page panel (closed shadow root, read over CDP)', async () => {
      const page = await suite.newPage();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(TWITCH_NOT_LIVE);
      expect((await ensureOpen(page)).state).toBe('open');
      const measured = await evalInPanel(page, measureControls, { into: '.sw-body .sw-card' });
      const result = judge(`panel (${colorScheme})`, measured);
      expectBareCaught(result, 'panel');
      expect(result.failures).toEqual([]);
    });
  });
}
