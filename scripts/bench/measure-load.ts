import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { ArmName } from './browsers';
import { startTrace } from './cdp-trace';
import { clickChip, type ClickSample } from './click';
import { BENCH_WORLD, benchWorld, hostView, waitForState } from './closed-root';
import {
  cpuSamples,
  extensionCost,
  functionCosts,
  type FunctionCost,
  type TraceEvent,
  type UrlMatch,
} from './trace';
import { worldSetupMs } from './world-setup';

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
  /** Extension time by the task it fell in (injection, module, an IPC interface, other). */
  extensionPhases: Record<string, number>;
  /** The extension's isolated-world set-up before its script ran (world-setup.ts): in no figure above. */
  worldSetupMs: number;
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
  /** The load event to the end of the extension's last main-thread work in the trace, ms. */
  loadToExtensionDoneMs?: number;
  /** The panel's `data-state` once the trace stopped ('open', 'collapsed' or none). */
  panelState?: string;
  /** Isolated worlds created, not counting Playwright's and the benchmark's own. */
  isolatedWorlds: number;
  /** Of which: worlds whose origin is chrome-extension://. */
  extensionWorlds: number;
  /** Repeat visits: the chip-click phase after the load's figures. */
  click?: ClickPhase;
  /** Per-function extension cost from CPU samples (profiled loads only). */
  functions?: FunctionCost[];
}

export interface LoadOptions {
  arm: ArmName;
  page: string;
  url: string;
  /** The panel state to wait for after the trace (with arm, registry pages): 'open' on a first visit. */
  expectState?: 'open' | 'collapsed';
  /** Measure this long after navigation start (same in both arms, so cumulative metrics compare). */
  measureAtMs: number;
  /** The extension's script URLs (chrome-extension://<id>/ and its dynamic web-accessible URLs). */
  extensionUrls: UrlMatch;
  /** chrome-extension://<id>/ in the with arm: the origin of its isolated world. */
  extensionOrigin: string;
  /**
   * Repeat visits: after the load's figures, click the chip (with arm) and read the heap again at
   * `lateHeapAtMs` after navigation start in both arms; the without arm measures an empty isolated world.
   */
  click?: { lateHeapAtMs: number; restMs: number };
  /** Write the raw trace here (JSON that DevTools' Performance panel opens). */
  traceFile?: string;
  /** Record V8 CPU samples too (per-function costs; slows script down). */
  samples?: boolean;
}

/** What the chip-click phase of a repeat visit measured. */
export interface ClickPhase {
  /** How long the pointer rested on the chip before pressing (0: pressed on arrival). */
  restMs: number;
  /** With arm: input → open panel painted, and its parts (click.ts). */
  latency?: ClickSample;
  /** With arm: extension main-thread time from the click until 500 ms after the paint. */
  extensionMs?: number;
  /** With arm: long tasks containing extension time in that window. */
  longTasks?: number;
  /** Without arm: JS heap an empty isolated world adds (after GC). */
  emptyWorldBytes?: number;
  /** Both arms: JS heap after GC at lateHeapAtMs (with arm: the panel open; both: the benchmark's world). */
  lateHeapBytes: number;
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  return (await metrics(session)).JSHeapUsedSize ?? NaN;
}

/** Isolated worlds Playwright and the benchmark create themselves: never counted. */
const harnessWorld = (name: string) =>
  name.startsWith('__playwright_utility_world') || name === BENCH_WORLD || name === 'streamwise-harness';

/** The main frame's load event (MarkLoad) in a trace, microseconds. */
function loadEventTs(events: readonly TraceEvent[]): number | undefined {
  const marks = events.filter((e) => e.name === 'MarkLoad');
  const main = marks.find((e) => (e.args?.data as { isOutermostMainFrame?: boolean })?.isOutermostMainFrame);
  return (main ?? marks[0])?.ts;
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
    const recording = await startTrace(session, { samples: options.samples });
    let events: TraceEvent[] = [];
    try {
      await page.goto(options.url, { waitUntil: 'load', timeout: 30_000 });
      const now = await page.evaluate(() => performance.now());
      if (options.measureAtMs > now) await page.waitForTimeout(options.measureAtMs - now);
    } finally {
      events = await recording.stop();
    }
    // Read through the DOM domain in both arms (no script runs), so both do the same work.
    const view = options.expectState
      ? await waitForState(session, options.expectState, 10_000)
      : await hostView(session);
    if (options.expectState && view.state !== options.expectState) {
      throw new Error(`panel ${view.state ?? 'missing'}, expected ${options.expectState}, on ${options.url}`);
    }
    const m = await metrics(session);
    const heap = await heapAfterGc(session);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { dcl: nav?.domContentLoadedEventStart ?? NaN, load: nav?.loadEventEnd ?? NaN };
    });

    const isolated = worlds.filter((w) => w.type === 'isolated' && !harnessWorld(w.name));
    const extensionWorldNames = new Set(
      isolated.filter((w) => `${w.origin}/`.startsWith(options.extensionOrigin)).map((w) => w.name),
    );
    const attribution = { prefix: options.extensionUrls, worldNames: extensionWorldNames };
    const cost = extensionCost(events, attribution);

    let click: ClickPhase | undefined;
    if (options.click) {
      const lateAt = options.click.lateHeapAtMs;
      if (options.arm === 'with') {
        const clickTrace = await startTrace(session);
        let clickEvents: TraceEvent[] = [];
        let latency: ClickSample | undefined;
        try {
          latency = (await clickChip(page, session, { restMs: options.click.restMs })).sample;
          await page.waitForTimeout(500);
        } finally {
          clickEvents = await clickTrace.stop();
        }
        const clickCost = extensionCost(clickEvents, attribution);
        click = {
          restMs: options.click.restMs,
          latency,
          extensionMs: clickCost.totalMs,
          longTasks: clickCost.longTasks.length,
          lateHeapBytes: NaN,
        };
        if (options.traceFile) {
          mkdirSync(path.dirname(options.traceFile), { recursive: true });
          writeFileSync(
            options.traceFile.replace(/\.json$/, '-click.json'),
            JSON.stringify({ traceEvents: clickEvents }),
          );
        }
      } else {
        // The same isolated world the with arm's click probe uses, with a trivial call in it: the floor
        // any isolated world (a content script's included) costs before it runs a line of its own.
        const contextId = await benchWorld(session);
        await session.send('Runtime.evaluate', { contextId, expression: 'document.title.length' });
        click = {
          restMs: options.click.restMs,
          emptyWorldBytes: (await heapAfterGc(session)) - heap,
          lateHeapBytes: NaN,
        };
      }
      const now = await page.evaluate(() => performance.now());
      if (lateAt > now) await page.waitForTimeout(lateAt - now);
      click.lateHeapBytes = await heapAfterGc(session);
    }
    await session.detach().catch(() => undefined);

    if (options.traceFile) {
      mkdirSync(path.dirname(options.traceFile), { recursive: true });
      writeFileSync(options.traceFile, JSON.stringify({ traceEvents: events }));
    }
    const loadTs = loadEventTs(events);
    const lastEnd = Math.max(0, ...[...cost.intervals.values()].flat().map(([, b]) => b));
    return {
      arm: options.arm,
      page: options.page,
      extensionMs: cost.totalMs,
      extensionScriptMs: cost.scriptEventsMs,
      extensionContinuationMs: cost.continuationsMs,
      extensionSampledMs: cost.sampledMs,
      extensionByEvent: cost.byEvent,
      extensionPhases: cost.phases,
      worldSetupMs: worldSetupMs(events, options.extensionUrls),
      longTasks: cost.longTasks.map(({ durMs, extensionMs }) => ({ durMs, extensionMs })),
      scriptDurationMs: (m.ScriptDuration ?? NaN) * 1000,
      taskDurationMs: (m.TaskDuration ?? NaN) * 1000,
      layoutDurationMs: (m.LayoutDuration ?? NaN) * 1000,
      recalcStyleDurationMs: (m.RecalcStyleDuration ?? NaN) * 1000,
      jsHeapUsedBytes: heap,
      nodes: m.Nodes ?? NaN,
      domContentLoadedMs: timing.dcl,
      loadEventMs: timing.load,
      loadToExtensionDoneMs: loadTs !== undefined && lastEnd > 0 ? (lastEnd - loadTs) / 1000 : undefined,
      panelState: view.state,
      isolatedWorlds: isolated.length,
      extensionWorlds: isolated.filter((w) => w.origin.startsWith('chrome-extension://')).length,
      click,
      functions: options.samples ? functionCosts(cpuSamples(events), options.extensionUrls) : undefined,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
