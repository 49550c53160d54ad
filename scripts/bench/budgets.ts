/**
 * The figures of issue 13 ("Figures") and DECISIONS.md ("Budgets"), checked against a run. Pure.
 * Rows without a limit are reported only (the JS heap, the full panel's size).
 */
import type { BenchResult } from './results';
import { POINTER_REST_MS } from './click';

export interface BudgetCheck {
  scope: string;
  what: string;
  value: number;
  unit: string;
  /** Pass when value ≤ limit; none: reported, not checked. */
  limit?: number;
  /** The stricter goal (stretch), if any. */
  goal?: number;
  /** True for reported rows. */
  pass: boolean;
  goalPass?: boolean;
}

const ok = (v: number, l: number) => Number.isFinite(v) && v <= l + 1e-9;

function check(
  scope: string,
  what: string,
  value: number,
  unit: string,
  limit: number,
  goal?: number,
): BudgetCheck {
  return {
    scope,
    what,
    value,
    unit,
    limit,
    goal,
    pass: ok(value, limit),
    goalPass: goal === undefined ? undefined : ok(value, goal),
  };
}

const reported = (scope: string, what: string, value: number, unit: string): BudgetCheck => ({
  scope,
  what,
  value,
  unit,
  pass: true,
});

/** Budgets (ms, KB gzip, ratio) of issue 13's table, and DECISIONS' per SPA navigation. */
export const BUDGETS = {
  repeatVisitMs: { limit: 3, goal: 1.5 },
  loadRatio: { limit: 1.02, goal: 1.01 },
  firstVisitMs: { limit: 12, goal: 8 },
  clickToPaintMs: { limit: 50, goal: 25 },
  loaderGzipKB: { limit: 4, goal: 3 },
  spaNavigationMs: { limit: 2 },
  /** Kept from the first benchmark issue. */
  spaIdlePer10sMs: { limit: 1 },
} as const;

export function checkBudgets(result: Omit<BenchResult, 'budgets'>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const registry = result.pages.filter((p) => p.registry);
  const b = BUDGETS;
  for (const page of registry) {
    const scope = `${page.name}, repeat visit`;
    checks.push(
      check(
        scope,
        'extension main-thread time, median',
        page.extensionMs.median,
        'ms',
        b.repeatVisitMs.limit,
        b.repeatVisitMs.goal,
      ),
      check(
        scope,
        'load-event ratio with/without, median',
        page.loadRatio.median,
        '×',
        b.loadRatio.limit,
        b.loadRatio.goal,
      ),
      check(scope, 'long tasks with extension time', page.longTasks.count, '', 0),
    );
  }
  for (const page of result.firstVisits) {
    checks.push(
      check(
        `${page.name}, first visit`,
        'extension main-thread time, median',
        page.extensionMs.median,
        'ms',
        b.firstVisitMs.limit,
        b.firstVisitMs.goal,
      ),
    );
  }
  for (const page of registry) {
    checks.push(
      check(
        `${page.name}, chip click`,
        'chip click → open panel painted, median (pressed as the pointer arrives)',
        page.click?.toPaintMs.median ?? NaN,
        'ms',
        b.clickToPaintMs.limit,
        b.clickToPaintMs.goal,
      ),
      check(
        `${page.name}, chip click`,
        `chip click → open panel painted, median (pointer rested ${POINTER_REST_MS} ms on the chip first)`,
        page.restedClick?.toPaintMs.median ?? NaN,
        'ms',
        b.clickToPaintMs.limit,
        b.clickToPaintMs.goal,
      ),
    );
  }
  checks.push(
    check(
      'registry',
      'loader content script, gzip',
      result.contentScript.gzipBytes / 1024,
      'KB',
      b.loaderGzipKB.limit,
      b.loaderGzipKB.goal,
    ),
    reported('registry', 'full panel (imported on open), gzip', result.panel.gzipBytes / 1024, 'KB'),
  );
  for (const page of registry) {
    checks.push(
      reported(page.name, 'JS heap added, repeat visit (chip), median', page.heapDeltaKiB.median, 'KiB'),
    );
    checks.push(
      reported(
        page.name,
        'JS heap added, panel opened by a click, median',
        page.click?.openHeapDeltaKiB.median ?? NaN,
        'KiB',
      ),
    );
  }
  for (const page of result.firstVisits) {
    checks.push(
      reported(page.name, 'JS heap added, first visit (panel open), median', page.heapDeltaKiB.median, 'KiB'),
    );
  }
  for (const page of registry.filter((p) => p.floor)) {
    const floor = page.floor as NonNullable<typeof page.floor>;
    const scope = `${page.name}, repeat visit`;
    checks.push(
      reported(
        scope,
        'floor: empty content script reading storage, extension time median',
        floor.extensionMs.median,
        'ms',
      ),
      reported(
        scope,
        'Streamwise loader above the floor (loader median − floor median)',
        floor.loaderAboveMs,
        'ms',
      ),
      reported(scope, 'floor: load-event ratio floor/without, median', floor.loadRatio.median, '×'),
    );
  }
  for (const page of result.pages.filter((p) => !p.registry)) {
    const scope = `${page.name} (non-registry)`;
    checks.push(check(scope, 'isolated worlds per load (max)', page.isolatedWorlds.withMax, '', 0));
    checks.push(check(scope, 'bytes injected', page.injected.rawBytes, 'B', 0));
  }
  const ws = result.workerStarts;
  checks.push(
    check(
      `${hostOf(ws.nonRegistry.url)} (non-registry)`,
      `service-worker starts in ${ws.nonRegistry.navigations} navigations`,
      ws.nonRegistry.starts,
      '',
      0,
    ),
    check(
      hostOf(ws.registryPerLoad.url),
      'service-worker starts per load (max)',
      Math.max(0, ...ws.registryPerLoad.starts),
      '',
      1,
    ),
    check(
      'SPA navigation',
      'extension time per navigation',
      result.spa.navigation.perNavigationMs,
      'ms',
      b.spaNavigationMs.limit,
    ),
    check(
      'SPA idle',
      'extension time per 10 s idle',
      result.spa.idle.perTenSecondsMs,
      'ms',
      b.spaIdlePer10sMs.limit,
    ),
  );
  return checks;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}
