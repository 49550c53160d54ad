import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { screenshotsDir } from '../../../scripts/lib/paths';
import { evalInPanel } from '../../../scripts/lib/browser';

/** A phone as Firefox for Android users hold it: 360 × 740 CSS px, device scale 3, touch (no hover). */
export const PHONE = { width: 360, height: 740, deviceScaleFactor: 3 } as const;

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/**
 * Chromium's mobile emulation for this tab (DevTools protocol): the phone's metrics, a mobile viewport
 * and touch input, so `(pointer: coarse)` and `(hover: none)` match as on a phone. Call before `goto`
 * and again after it: Chromium 156 keeps the metrics across a navigation, but on extension pages the
 * pointer media features fall back to a mouse's (seen), and styles follow a change at once.
 */
export async function emulatePhone(page: Page): Promise<void> {
  const cdp = await session(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
}

/**
 * The browser language for this tab only (DevTools `Emulation.setLocaleOverride`): extension pages and
 * the content script then get it from `i18n.getUILanguage()`, as with Playwright's `locale`, so one
 * browser can show every language. Call before `goto`. Chromium allows one override per renderer
 * process, and all extension pages share one: close one extension tab before giving another a language.
 */
export async function setTabLocale(page: Page, locale: string): Promise<void> {
  const cdp = await session(page);
  await cdp.send('Emulation.setLocaleOverride', { locale });
}

export interface Target {
  what: string;
  width: number;
  height: number;
}

/** Elements one can tap or click; those not rendered (in a closed <details>, say) are skipped. */
export const TARGETS = 'a[href], button, summary, input, select, textarea, [role="button"]';

/** Tap targets under 24 × 24 CSS px in the page (an extension page). */
export function smallTargetsInPage(page: Page): Promise<Target[]> {
  return page.evaluate((selector) => {
    const small: Target[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) {
        const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        small.push({ what, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
      }
    }
    return small;
  }, TARGETS);
}

/** Tap targets under 24 × 24 CSS px inside the panel's closed root; also how many it measured. */
export function smallTargetsInPanel(page: Page): Promise<{ measured: number; small: Target[] }> {
  return evalInPanel(
    page,
    (root, selector) => {
      const small: Target[] = [];
      let measured = 0;
      for (const el of root?.querySelectorAll(selector) ?? []) {
        if (!el.checkVisibility()) continue;
        const r = el.getBoundingClientRect();
        measured++;
        if (r.width < 24 || r.height < 24) {
          const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
          small.push({ what, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
        }
      }
      return { measured, small };
    },
    TARGETS,
  );
}

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
}

/** The document's width against the viewport's: wider means the reader must scroll sideways. */
export function pageOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/** Elements in the panel whose content is wider than their box (text or boxes cut off at the side). */
export function panelOverflow(
  page: Page,
): Promise<{ what: string; scrollWidth: number; clientWidth: number }[]> {
  return evalInPanel(page, (root) => {
    const wide: { what: string; scrollWidth: number; clientWidth: number }[] = [];
    for (const el of root?.querySelectorAll<HTMLElement>(
      '[data-testid="panel"], .sw-body, .sw-header, .sw-card',
    ) ?? []) {
      if (el.scrollWidth > el.clientWidth + 1) {
        wide.push({ what: el.className, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth });
      }
    }
    return wide;
  });
}

/**
 * A PNG of the emulated phone screen (DevTools `Page.captureScreenshot`): Playwright's own screenshot
 * puts back its desktop viewport while it captures. Written to artifacts/screenshots/<name>.png.
 */
export async function phoneScreenshot(page: Page, name: string): Promise<string> {
  const cdp = await session(page);
  const { data } = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
  mkdirSync(screenshotsDir, { recursive: true });
  const file = path.join(screenshotsDir, `${name}.png`);
  writeFileSync(file, Buffer.from(data, 'base64'));
  return file;
}
