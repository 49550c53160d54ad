/**
 * Chip click → open panel painted, on a repeat visit (the chip shown, the full panel not yet imported).
 *
 * In the benchmark's own isolated world (closed-root.ts), with `this` = the loader's closed root:
 * a capture-phase `click` listener on window keeps the event's `timeStamp` (the input's platform time,
 * on the performance.now() clock); a MutationObserver on the root sees the `[data-state="open"]` panel
 * arrive, then asks for the next animation frame; from that frame's rAF callback it posts a
 * MessageChannel message, which runs once the frame's rendering update (style, layout, paint, commit
 * to the compositor) is done. The click is a real mouse click (CDP `Input.dispatchMouseEvent` through
 * Playwright) at the chip's centre.
 * Strings, not functions: tsx would wrap inner functions in a helper the page's worlds lack.
 */
import type { CDPSession, Page } from 'playwright-core';
import { callOnRoot, hostView } from './closed-root';

const ARM = `function () {
  const root = this;
  const out = {};
  globalThis.__swBench = out;
  addEventListener('click', (e) => { out.click = e.timeStamp; out.clickHandled = performance.now(); }, { capture: true, once: true });
  out.painted = new Promise((resolve) => {
    const open = () => root.querySelector('[data-testid="panel"][data-state="open"]');
    new MutationObserver((_, observer) => {
      if (!open()) return;
      observer.disconnect();
      out.dom = performance.now();
      requestAnimationFrame(() => {
        out.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { out.painted = performance.now(); resolve(); };
        channel.port2.postMessage(0);
      });
    }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  const chip = root.querySelector('[data-action="expand"]');
  const r = chip && chip.getBoundingClientRect();
  return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
}`;

const COLLECT = `function (timeout) {
  const out = globalThis.__swBench;
  if (!out) throw new Error('the benchmark world lost its click probe');
  const wait = out.painted instanceof Promise ? out.painted : Promise.resolve();
  return Promise.race([wait, new Promise((r) => setTimeout(r, timeout))]).then(() => ({
    click: out.click,
    clickHandled: out.clickHandled,
    dom: out.dom,
    frame: out.frame,
    painted: typeof out.painted === 'number' ? out.painted : undefined,
  }));
}`;

/**
 * How long the pointer rests on the chip before a "rested" click: less than a person takes to bring a
 * pointer onto a small button and press it.
 */
export const POINTER_REST_MS = 150;

/**
 * The click of iteration `it`: odd iterations press on arrival, even ones rest the pointer first, so both
 * kinds share the machine's moments and each has half of the measured iterations.
 */
export const clickRestMs = (it: number): number => (it % 2 === 0 ? POINTER_REST_MS : 0);

/** performance.now() readings in the tab, ms. */
export interface ClickTimes {
  /** The click event's timeStamp (input time). */
  click?: number;
  /** When the capture listener ran (dispatch). */
  clickHandled?: number;
  /** The open panel seen in the closed root. */
  dom?: number;
  /** The rAF callback of the next frame. */
  frame?: number;
  /** After that frame's rendering update. */
  painted?: number;
}

export interface ClickSample {
  /** Input → open panel painted. */
  toPaintMs: number;
  /** Input → open panel in the DOM. */
  toDomMs: number;
  /** Open panel in the DOM → painted. */
  domToPaintMs: number;
}

/** The latencies from one click's readings; undefined when a reading is missing. Pure. */
export function clickSample(t: ClickTimes): ClickSample | undefined {
  if (t.click === undefined || t.dom === undefined || t.painted === undefined) return undefined;
  return { toPaintMs: t.painted - t.click, toDomMs: t.dom - t.click, domToPaintMs: t.painted - t.dom };
}

/**
 * Clicks the chip and waits until the open panel is painted. With `restMs`, the pointer arrives on the
 * chip and rests there that long before it presses, as a mouse does on its way to a button (the chip
 * starts loading the panel when the pointer reaches it); without, it arrives and presses at once.
 * Throws when there is no chip or the panel does not open within `timeoutMs`.
 */
export async function clickChip(
  page: Page,
  session: CDPSession,
  options: { restMs?: number; timeoutMs?: number } = {},
): Promise<{ times: ClickTimes; sample: ClickSample }> {
  const { restMs = 0, timeoutMs = 10_000 } = options;
  const { root, state } = await hostView(session);
  if (!root || state !== 'collapsed') throw new Error(`no chip to click on ${page.url()} (state ${state})`);
  const at = await callOnRoot<{ x: number; y: number } | null>(session, root, ARM);
  if (!at) throw new Error(`the chip on ${page.url()} has no size`);
  if (restMs > 0) {
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(restMs);
    await page.mouse.down();
    await page.mouse.up();
  } else await page.mouse.click(at.x, at.y);
  const times = await callOnRoot<ClickTimes>(session, root, COLLECT, [timeoutMs]);
  const sample = clickSample(times);
  if (!sample) throw new Error(`the panel did not open and paint within ${timeoutMs} ms of the click`);
  return { times, sample };
}
