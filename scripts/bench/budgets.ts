/** The budgets of DECISIONS.md ("Budgets") and issue #6, checked against a run. Pure. */
import type { BenchResult } from './results';

export interface BudgetCheck {
  scope: string;
  what: string;
  value: number;
  unit: string;
  /** Pass when value ≤ limit. */
  limit: number;
  /** The stricter goal (stretch), if any. */
  goal?: number;
  pass: boolean;
  goalPass?: boolean;
}

function check(
  scope: string,
  what: string,
  value: number,
  unit: string,
  limit: number,
  goal?: number,
): BudgetCheck {
  const ok = (v: number, l: number) => Number.isFinite(v) && v <= l + 1e-9;
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

export function checkBudgets(result: Omit<BenchResult, 'budgets'>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
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
  );
  checks.push(
    check('registry', 'content-script JS, gzip', result.contentScript.gzipBytes / 1024, 'KB', 12, 8),
  );
  for (const page of result.pages.filter((p) => p.registry)) {
    const scope = page.name;
    checks.push(check(scope, 'extension main-thread time, median', page.extensionMs.median, 'ms', 5, 3));
    checks.push(check(scope, 'long tasks with extension time', page.longTasks.count, '', 0));
    checks.push(
      check(scope, 'load-event ratio with/without, median', page.loadRatio.median, '×', 1.02, 1.01),
    );
  }
  checks.push(
    check(
      hostOf(ws.registryPerLoad.url),
      'service-worker starts per load (max)',
      Math.max(0, ...ws.registryPerLoad.starts),
      '',
      1,
    ),
  );
  checks.push(check('SPA idle', 'extension time per 10 s idle', result.spa.idle.perTenSecondsMs, 'ms', 1));
  checks.push(
    check(
      'SPA navigation',
      'extension time per navigation',
      result.spa.navigation.perNavigationMs,
      'ms',
      3,
      2,
    ),
  );
  return checks;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}
