import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { ArmName } from './browsers';
import { startTrace } from './cdp-trace';
import { cpuSamples, extensionCost, functionCosts, type FunctionCost, type TraceEvent } from './trace';

/** Everything measured on one page load in one arm. Times in ms, sizes in bytes. */
export interface LoadSample {
  arm: ArmName;
  page: string;
  /** Extension-attributed main-thread time (script events ∪ continuations ∪ CPU samples). */
  extensionMs: number;
  /** Of which: script events whose URL (or world) is the extension's. */
  extensionScriptMs: number;
  /** Of which: microtask checkpoints in tasks the extension started (its promise continuations). */
  extensionContinuationMs: number;
  /** Of which: CPU samples with an extension frame on the stack (profiled loads only). */
  extensionSampledMs: number;
  extensionByEvent: Record<string, number>;
  /** Extension time by the task it fell in (injection, an IPC interface, other). */
  extensionPhases: Record<string, number>;
  /** Long tasks (> 50 ms) containing extension time: their durations and extension share. */
  longTasks: { durMs: number; extensionMs: number }[];
  scriptDurationMs: number;
  taskDurationMs: number;
  layoutDurationMs: number;
  recalcStyleDurationMs: number;
  /** After a forced GC. */
  jsHeapUsedBytes: number;
  nodes: number;
  domContentLoadedMs: number;
  loadEventMs: number;
  /** performance.now() when the panel was first on screen with a size, if it was. */
  panelVisibleMs?: number;
  /** Isolated worlds created, not counting Playwright's own utility world. */
  isolatedWorlds: number;
  /** Of which: worlds whose origin is chrome-extension://. */
  extensionWorlds: number;
  /** Per-function extension cost from CPU samples (profiled loads only). */
  functions?: FunctionCost[];
}

export interface LoadOptions {
  arm: ArmName;
  page: string;
  url: string;
  /** Wait for the Streamwise panel before measuring. */
  expectPanel: boolean;
  /** Measure this long after navigation start (same in both arms, so cumulative metrics compare). */
  measureAtMs: number;
  /** chrome-extension://<id>/ in the with arm. */
  extensionPrefix: string;
  /** Write the raw trace here (JSON that DevTools' Performance panel opens). */
  traceFile?: string;
  /** Record V8 CPU samples too (per-function costs; slows script down). */
  samples?: boolean;
}

declare global {
  interface Window {
    __benchPanelVisible?: number;
  }
}

/**
 * Runs in the page's main world before its scripts, in both arms. A childList observer on <html>
 * (not a subtree one) sees <streamwise-panel> arrive; an IntersectionObserver then reports the
 * frame in which its panel is first laid out on screen (entry.time), without forcing a layout —
 * reading geometry here would add a synchronous layout of the whole page to the extension's task.
 * Content scripts run at document_idle, after DOMContentLoaded, so watching starts then.
 * A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
 */
const WATCH_PANEL = `(() => {
  function watchPanel(panel) {
    new IntersectionObserver((entries, observer) => {
      const seen = entries.find((e) => e.isIntersecting && e.boundingClientRect.width > 0);
      if (!seen) return;
      observer.disconnect();
      window.__benchPanelVisible = seen.time;
    }).observe(panel);
  }
  function findPanel(host) {
    const root = host.shadowRoot;
    const panel = root && root.querySelector('[data-testid="panel"]');
    if (panel) return watchPanel(panel);
    if (!root) return;
    new MutationObserver((_, observer) => {
      const later = root.querySelector('[data-testid="panel"]');
      if (!later) return;
      observer.disconnect();
      watchPanel(later);
    }).observe(root, { childList: true, subtree: true });
  }
  function watchRoot() {
    new MutationObserver((records, observer) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeName !== 'STREAMWISE-PANEL') continue;
          observer.disconnect();
          return findPanel(n);
        }
      }
    }).observe(document.documentElement, { childList: true });
  }
  if (document.readyState !== 'loading') watchRoot();
  else document.addEventListener('DOMContentLoaded', watchRoot, { once: true });
})();`;

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** One fresh tab, traced from before navigation until `measureAtMs` after it; the tab is closed after. */
export async function measureLoad(context: BrowserContext, options: LoadOptions): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const worlds: { name: string; origin: string; type?: string }[] = [];
    session.on('Runtime.executionContextCreated', ({ context: c }) => {
      const aux = c.auxData as { type?: string } | undefined;
      worlds.push({ name: c.name, origin: c.origin, type: aux?.type });
    });
    await session.send('Runtime.enable');
    await session.send('Performance.enable');
    await page.addInitScript({ content: WATCH_PANEL });
    const recording = await startTrace(session, { samples: options.samples });
    let events: TraceEvent[] = [];
    try {
      await page.goto(options.url, { waitUntil: 'load', timeout: 30_000 });
      const now = await page.evaluate(() => performance.now());
      if (options.measureAtMs > now) await page.waitForTimeout(options.measureAtMs - now);
      if (options.expectPanel) {
        await page.waitForFunction(() => window.__benchPanelVisible !== undefined, undefined, {
          timeout: 10_000,
          polling: 50,
        });
      }
    } finally {
      events = await recording.stop();
    }
    const m = await metrics(session);
    await session.send('HeapProfiler.collectGarbage');
    const afterGc = await metrics(session);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        dcl: nav?.domContentLoadedEventStart ?? NaN,
        load: nav?.loadEventEnd ?? NaN,
        panel: window.__benchPanelVisible,
      };
    });
    await session.detach().catch(() => undefined);

    if (options.traceFile) {
      mkdirSync(path.dirname(options.traceFile), { recursive: true });
      writeFileSync(options.traceFile, JSON.stringify({ traceEvents: events }));
    }
    const isolated = worlds.filter(
      (w) => w.type === 'isolated' && !w.name.startsWith('__playwright_utility_world'),
    );
    const extensionWorldNames = new Set(
      isolated.filter((w) => `${w.origin}/`.startsWith(options.extensionPrefix)).map((w) => w.name),
    );
    const cost = extensionCost(events, { prefix: options.extensionPrefix, worldNames: extensionWorldNames });
    return {
      arm: options.arm,
      page: options.page,
      extensionMs: cost.totalMs,
      extensionScriptMs: cost.scriptEventsMs,
      extensionContinuationMs: cost.continuationsMs,
      extensionSampledMs: cost.sampledMs,
      extensionByEvent: cost.byEvent,
      extensionPhases: cost.phases,
      longTasks: cost.longTasks.map(({ durMs, extensionMs }) => ({ durMs, extensionMs })),
      scriptDurationMs: (m.ScriptDuration ?? NaN) * 1000,
      taskDurationMs: (m.TaskDuration ?? NaN) * 1000,
      layoutDurationMs: (m.LayoutDuration ?? NaN) * 1000,
      recalcStyleDurationMs: (m.RecalcStyleDuration ?? NaN) * 1000,
      jsHeapUsedBytes: afterGc.JSHeapUsedSize ?? NaN,
      nodes: m.Nodes ?? NaN,
      domContentLoadedMs: timing.dcl,
      loadEventMs: timing.load,
      panelVisibleMs: timing.panel,
      isolatedWorlds: isolated.length,
      extensionWorlds: isolated.filter((w) => w.origin.startsWith('chrome-extension://')).length,
      functions: options.samples ? functionCosts(cpuSamples(events), options.extensionPrefix) : undefined,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
