import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { waitForPanel } from '../lib/panel';

export interface WorkerStarts {
  /** Navigations to the non-registry page with the worker stopped first, and the starts they caused. */
  nonRegistry: { url: string; navigations: number; starts: number };
  /** Starts caused by each registry load, the worker stopped before every load. */
  registryPerLoad: { url: string; starts: number[] };
  /** Consecutive registry loads with the worker stopped only before the first. */
  registryConsecutive: { url: string; loads: number; starts: number };
}

/**
 * Counts the extension service worker's starts over CDP: the ServiceWorker domain reports each
 * version's runningStatus, and a start is a change from stopped (or stopping) to starting or running.
 * `ServiceWorker.stopAllWorkers` stops it between phases.
 */
class WorkerWatch {
  starts = 0;
  private status = new Map<string, string>();

  private constructor(
    private session: CDPSession,
    private page: Page,
  ) {}

  static async open(context: BrowserContext, extensionId: string): Promise<WorkerWatch> {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const watch = new WorkerWatch(session, page);
    const prefix = `chrome-extension://${extensionId}/`;
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(prefix)) continue;
        const before = watch.status.get(v.versionId) ?? 'stopped';
        const now = v.runningStatus;
        const wasDown = before === 'stopped' || before === 'stopping';
        if (wasDown && (now === 'starting' || now === 'running')) watch.starts++;
        watch.status.set(v.versionId, now);
      }
    });
    await session.send('ServiceWorker.enable');
    return watch;
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }

  private allStopped(): boolean {
    return [...this.status.values()].every((s) => s === 'stopped');
  }

  async stop(): Promise<void> {
    await this.session.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 10_000;
    while (!this.allStopped()) {
      if (Date.now() > deadline) throw new Error('The extension service worker did not stop within 10 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function countWorkerStarts(
  context: BrowserContext,
  extensionId: string,
  options: { nonRegistryUrl: string; registryUrl: string; navigations: number; registryLoads: number },
): Promise<WorkerStarts> {
  const watch = await WorkerWatch.open(context, extensionId);
  const page = await context.newPage();
  const settle = () => page.waitForTimeout(300);
  try {
    await watch.stop();
    let before = watch.starts;
    for (let i = 0; i < options.navigations; i++) {
      await page.goto(options.nonRegistryUrl, { waitUntil: 'load' });
      await settle();
    }
    await page.waitForTimeout(1_000);
    const nonRegistry = {
      url: options.nonRegistryUrl,
      navigations: options.navigations,
      starts: watch.starts - before,
    };

    const perLoad: number[] = [];
    for (let i = 0; i < options.registryLoads; i++) {
      await watch.stop();
      before = watch.starts;
      await page.goto(options.registryUrl, { waitUntil: 'load' });
      await waitForPanel(page);
      await page.waitForTimeout(500);
      perLoad.push(watch.starts - before);
    }

    await watch.stop();
    before = watch.starts;
    for (let i = 0; i < options.navigations; i++) {
      await page.goto(options.registryUrl, { waitUntil: 'load' });
      await waitForPanel(page);
    }
    await page.waitForTimeout(500);
    return {
      nonRegistry,
      registryPerLoad: { url: options.registryUrl, starts: perLoad },
      registryConsecutive: {
        url: options.registryUrl,
        loads: options.navigations,
        starts: watch.starts - before,
      },
    };
  } finally {
    await page.close().catch(() => undefined);
    await watch.close();
  }
}
