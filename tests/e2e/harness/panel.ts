import type { Locator, Page } from 'playwright-core';

/** What the page shows of the Streamwise panel, read through the host's open shadow root. */
export interface PanelState {
  /** How many <streamwise-panel> host elements the document holds. */
  hosts: number;
  state: string | null;
  live: string | null;
  site: string | null;
  headingText: string | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Functions handed to page.evaluate run in the page: keep them self-contained.
export function panelState(page: Page): Promise<PanelState> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('streamwise-panel');
    const panel = hosts[0]?.shadowRoot?.querySelector('[data-testid="panel"]') ?? null;
    const heading = panel?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]') ?? null;
    return {
      hosts: hosts.length,
      state: panel?.getAttribute('data-state') ?? null,
      live: panel?.getAttribute('data-live') ?? null,
      site: panel?.getAttribute('data-site') ?? null,
      headingText: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    };
  });
}

/** Waits until a host element with a panel inside its shadow root is present, then returns its state. */
export async function waitForPanel(page: Page, timeout = 10_000): Promise<PanelState> {
  try {
    await page.waitForFunction(
      () =>
        document.querySelector('streamwise-panel')?.shadowRoot?.querySelector('[data-testid="panel"]') !=
        null,
      undefined,
      { timeout, polling: 50 },
    );
  } catch {
    const seen = await panelState(page).catch(() => null);
    throw new Error(
      `No Streamwise panel on ${page.url()} within ${timeout} ms (seen: ${JSON.stringify(seen)})`,
    );
  }
  return panelState(page);
}

/**
 * Asserts the extension left the page alone: waits for the load event (document_idle scripts
 * run by then) plus a settle time, then requires zero <streamwise-panel> elements.
 */
export async function expectNoPanel(page: Page, settleMs = 700): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(settleMs);
  const state = await panelState(page);
  if (state.hosts !== 0) {
    throw new Error(`Expected no Streamwise panel on ${page.url()}, found ${JSON.stringify(state)}`);
  }
}

/** A locator inside the panel's shadow root (Playwright CSS locators pierce open shadow roots). */
export function inPanel(page: Page, selector: string): Locator {
  return page.locator('streamwise-panel').locator(selector);
}

/** The panel element's bounding box in viewport pixels, or null when there is none. */
export function panelBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const panel = document
      .querySelector('streamwise-panel')
      ?.shadowRoot?.querySelector('[data-testid="panel"]');
    if (!panel) return null;
    const r = panel.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Opens the panel when it shows collapsed; returns the state afterwards. */
export async function ensureOpen(page: Page): Promise<PanelState> {
  const before = await waitForPanel(page);
  if (before.state === 'open') return before;
  await inPanel(page, '[data-action="expand"]').click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('streamwise-panel')
        ?.shadowRoot?.querySelector('[data-testid="panel"]')
        ?.getAttribute('data-state') === 'open',
    undefined,
    { timeout: 5_000, polling: 50 },
  );
  return panelState(page);
}
