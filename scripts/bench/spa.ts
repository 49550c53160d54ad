import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { waitForPanel } from '../lib/panel';
import { startTrace } from './cdp-trace';
import { costPerWindow, extensionCost, type TraceEvent, type UrlMatch } from './trace';

export interface SpaCost {
  url: string;
  idle: {
    seconds: number;
    /** Extension main-thread time over the whole idle window. */
    totalMs: number;
    /** The same per consecutive 10 s window. */
    per10sMs: number[];
    /** totalMs scaled to 10 s. */
    perTenSecondsMs: number;
  };
  navigation: {
    count: number;
    /** Navigations whose live state differs from the previous page's (these redraw and message the worker). */
    liveChanges: number;
    totalMs: number;
    perNavigationMs: number;
    /** Long tasks containing extension time. */
    longTasks: number;
    /** Of which: at most 50 ms without the extension's share. */
    longTasksCaused: number;
  };
}

function traceStart(events: readonly TraceEvent[]): number {
  let min = Infinity;
  for (const e of events) if (e.ts > 0 && e.ph !== 'M' && e.ts < min) min = e.ts;
  return min;
}

/**
 * On the YouTube-like SPA page with the extension: a traced idle window with no interaction, then
 * `navigations` pushState navigations through the page's own router (clicks on its related links;
 * every 5th goes to a /live/ page), traced as a whole.
 */
export async function measureSpa(
  context: BrowserContext,
  options: {
    url: string;
    idleSeconds: number;
    navigations: number;
    gapMs: number;
    /** The extension's script URLs (its isolated world's origin is chrome-extension://<id>). */
    extensionUrls: UrlMatch;
    traceDir?: string;
  },
): Promise<SpaCost> {
  const page = await context.newPage();
  try {
    await page.goto(options.url, { waitUntil: 'load' });
    await waitForPanel(page);
    await page.waitForTimeout(2_000);
    const session = await context.newCDPSession(page);
    // The content script ran before tracing starts: learn its world's name to attribute calls into it.
    const worldNames = new Set<string>();
    session.on('Runtime.executionContextCreated', ({ context: c }) => {
      if (c.origin.startsWith('chrome-extension://') && c.name) worldNames.add(c.name);
    });
    await session.send('Runtime.enable');
    const save = (name: string, events: TraceEvent[]) => {
      if (!options.traceDir) return;
      mkdirSync(options.traceDir, { recursive: true });
      writeFileSync(path.join(options.traceDir, name), JSON.stringify({ traceEvents: events }));
    };

    let recording = await startTrace(session);
    await page.waitForTimeout(options.idleSeconds * 1000);
    const idleEvents = await recording.stop();
    save('spa-idle.json', idleEvents);
    const idleCost = extensionCost(idleEvents, { prefix: options.extensionUrls, worldNames });
    const windows = Math.max(1, Math.floor(options.idleSeconds / 10));
    const per10sMs = costPerWindow(idleCost, traceStart(idleEvents), 10_000, windows);

    recording = await startTrace(session);
    const paths = await page.evaluate(
      async ({ n, gap }) => {
        const spa = (window as unknown as { benchSpa: { navigate(i: number): string } }).benchSpa;
        const seen = [location.pathname];
        for (let i = 0; i < n; i++) {
          seen.push(spa.navigate(i));
          await new Promise((resolve) => setTimeout(resolve, gap));
        }
        return seen;
      },
      { n: options.navigations, gap: options.gapMs },
    );
    await page.waitForTimeout(500);
    const navEvents = await recording.stop();
    save('spa-navigations.json', navEvents);
    const navCost = extensionCost(navEvents, { prefix: options.extensionUrls, worldNames });
    const isLive = (p: string) => p.startsWith('/live/');
    const liveChanges = paths.slice(1).filter((p, i) => isLive(p) !== isLive(paths[i] ?? '')).length;
    await session.detach().catch(() => undefined);

    return {
      url: options.url,
      idle: {
        seconds: options.idleSeconds,
        totalMs: idleCost.totalMs,
        per10sMs,
        perTenSecondsMs: (idleCost.totalMs / options.idleSeconds) * 10,
      },
      navigation: {
        count: options.navigations,
        liveChanges,
        totalMs: navCost.totalMs,
        perNavigationMs: navCost.totalMs / options.navigations,
        longTasks: navCost.longTasks.length,
        longTasksCaused: navCost.longTasks.filter((t) => t.durMs - t.extensionMs <= 50).length,
      },
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}
