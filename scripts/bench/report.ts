/** Markdown for a benchmark run (docs/PERFORMANCE.md and artifacts/bench/latest.md). Pure. */
import type { BudgetCheck } from './budgets';
import type { BenchResult, PageResult } from './results';
import type { Summary } from './stats';

const num = (v: number, digits = 1): string => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const mp = (s: Summary | undefined, digits = 1): string =>
  s && s.n > 0 ? `${num(s.median, digits)} / ${num(s.p95, digits)}` : '–';
/** Text safe inside a Markdown table cell's code span. */
const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('`', "'");
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

function unit(value: number, u: string, digits: number): string {
  if (u === 'KB') return `${value.toFixed(2)} KB`;
  if (u === '×') return value.toFixed(3);
  return `${num(value, digits)}${u ? ` ${u}` : ''}`;
}

function budgetRow(c: BudgetCheck): string {
  const digits = c.unit === 'ms' ? 2 : 0;
  const status = c.pass ? (c.goalPass === false ? 'pass (goal missed)' : 'pass') : '**FAIL**';
  const goal = c.goal === undefined ? '' : `≤ ${unit(c.goal, c.unit, digits)}`;
  return `| ${c.scope} | ${c.what} | ${unit(c.value, c.unit, digits)} | ≤ ${unit(c.limit, c.unit, digits)} | ${goal} | ${status} |`;
}

export function budgetTable(checks: readonly BudgetCheck[]): string {
  return [
    '| scope | figure | measured | budget | goal | result |',
    '|---|---|---|---|---|---|',
    ...checks.map(budgetRow),
  ].join('\n');
}

function pageTable(pages: readonly PageResult[]): string {
  const rows: [string, (p: PageResult) => string][] = [
    ['DOM nodes (CDP `Nodes`, without extension)', (p) => num(p.nodes, 0)],
    ['**extension main-thread time**, ms', (p) => mp(p.extensionMs, 2)],
    ['  (a) script events by URL/world, ms', (p) => mp(p.extensionScriptMs, 2)],
    ['  (b) promise continuations in tasks it started, ms', (p) => mp(p.extensionContinuationMs, 2)],
    ['ScriptDuration added, ms', (p) => mp(p.scriptDurationDeltaMs)],
    ['TaskDuration added, ms', (p) => mp(p.taskDurationDeltaMs)],
    ['Layout + RecalcStyle added, ms', (p) => mp(p.layoutStyleDeltaMs)],
    ['load-event ratio with / without', (p) => mp(p.loadRatio, 3)],
    ['DOMContentLoaded → panel on screen, ms', (p) => mp(p.dclToPanelMs, 0)],
    ['JS heap added (after GC), KiB', (p) => mp(p.heapDeltaKiB, 0)],
    [
      'long tasks containing extension time: count (loads) · of which long only because of it · longest, ms (extension share)',
      (p) =>
        `${p.longTasks.count} (${p.longTasks.loads}) · ${p.longTasks.caused} · ${num(p.longTasks.maxMs, 0)} (${num(p.longTasks.maxExtensionMs, 1)})`,
    ],
    [
      'isolated worlds per load (max, with / without)',
      (p) => `${p.isolatedWorlds.withMax} / ${p.isolatedWorlds.withoutMax}`,
    ],
    [
      'bytes injected (raw / gzip)',
      (p) => (p.injected.rawBytes ? `${kb(p.injected.rawBytes)} / ${kb(p.injected.gzipBytes)}` : '0'),
    ],
  ];
  return [
    `| median / p95 of ${pages[0]?.pairs ?? 0} paired loads | ${pages.map((p) => p.name).join(' | ')} |`,
    `|---|${pages.map(() => '---').join('|')}|`,
    ...rows.map(([label, f]) => `| ${label} | ${pages.map(f).join(' | ')} |`),
  ].join('\n');
}

const PHASES: Record<string, string> = {
  injection: 'content-script injection task (compile, top-level run, `main()` to its first `await`)',
  'v8.compile': '  of which `v8.compile`',
  'v8.run': '  of which `v8.run` (top-level run)',
  'ipc extensions.mojom.LocalFrameHost':
    'tasks delivering replies to its API calls (`storage.local.get`, `runtime.sendMessage`): panel mount and render',
  'ipc extensions.mojom.MessagePort': 'tasks delivering the worker’s `runtime.sendMessage` reply',
  'ipc extensions.mojom.EventDispatcher':
    'tasks delivering extension events (`storage.onChanged`, `runtime.onMessage`)',
  other: 'elsewhere (its listeners called from page tasks)',
};

function breakdownTable(pages: readonly PageResult[]): string {
  const shown = (k: string) => k in PHASES || pages.some((p) => (p.breakdown[k]?.p95 ?? 0) >= 0.05);
  const kinds = [...new Set(pages.flatMap((p) => Object.keys(p.breakdown)))].filter(shown).sort((a, b) => {
    const order = (k: string) => (k in PHASES ? Object.keys(PHASES).indexOf(k) : 50);
    return order(a) - order(b) || a.localeCompare(b);
  });
  return [
    `| extension main-thread time per load, ms (median / p95) | ${pages.map((p) => p.name).join(' | ')} |`,
    `|---|${pages.map(() => '---').join('|')}|`,
    ...kinds.map(
      (k) =>
        `| ${PHASES[k] ?? `tasks delivering \`${k.replace(/^ipc /, '')}\` IPC`} | ${pages.map((p) => mp(p.breakdown[k], 2)).join(' | ')} |`,
    ),
    `| **all** | ${pages.map((p) => mp(p.extensionMs, 2)).join(' | ')} |`,
  ].join('\n');
}

export function renderReport(r: BenchResult): string {
  const m = r.machine;
  const ws = r.workerStarts;
  const failed = r.budgets.filter((c) => !c.pass);
  const lines = [
    '# Performance',
    '',
    `Generated by \`npm run bench\` (scripts/bench/); do not edit by hand.${r.options.quick ? ' **Quick run (CI smoke): too few loads for conclusions.**' : ''}`,
    '',
    `- **Date:** ${r.date} · **command:** \`${r.command}\` · **took** ${Math.floor(r.durationSeconds / 60)} min ${Math.floor(r.durationSeconds % 60)} s`,
    `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}`,
    `- **Load average (1 min):** ${num(m.loadAverage.start, 2)} at the start, ${num(m.loadAverage.end ?? NaN, 2)} at the end (${m.cores} cores: above ${m.cores} means other work was competing for the CPU)`,
    `- **Chromium:** ${r.chromium} (headless, Debian build) · **N =** ${r.options.n} paired loads per page, after one warm-up pair`,
    `- **Content script:** ${r.contentScript.files.join(', ')}: ${kb(r.contentScript.rawBytes)} raw, ${kb(r.contentScript.gzipBytes)} gzip -9`,
    '',
    `## Budgets: ${failed.length === 0 ? 'all pass' : `${failed.length} missed`}`,
    '',
    budgetTable(r.budgets),
    '',
    '## Page loads',
    '',
    pageTable(r.pages),
    '',
    ...r.pages.map((p) => `- ${p.name}: \`${p.url}\``),
    ...r.firstVisit.map(
      (f) =>
        `- First visit to ${f.page} (warm-up load, not in the table; the panel opens): ${num(f.extensionMs, 2)} ms extension time, panel on screen ${num(f.dclToPanelMs ?? NaN, 0)} ms after DOMContentLoaded.`,
    ),
    '',
    '## Service worker',
    '',
    `- ${ws.nonRegistry.navigations} navigations to \`${ws.nonRegistry.url}\` with the worker stopped first: **${ws.nonRegistry.starts}** starts.`,
    `- \`${ws.registryPerLoad.url}\`, worker stopped before each load: starts per load ${ws.registryPerLoad.starts.join(', ')}.`,
    `- ${ws.registryConsecutive.loads} consecutive loads of it, worker stopped before the first only: **${ws.registryConsecutive.starts}** starts.`,
    '',
    '## Single-page app',
    '',
    `On \`${r.spa.url}\` with the panel shown:`,
    '',
    `- **Idle:** ${num(r.spa.idle.totalMs, 2)} ms of extension main-thread time in ${r.spa.idle.seconds} s without interaction = **${num(r.spa.idle.perTenSecondsMs, 2)} ms per 10 s** (per 10 s window: ${r.spa.idle.per10sMs.map((v) => num(v, 2)).join(', ')} ms).`,
    `- **Navigations:** ${r.spa.navigation.count} pushState navigations by the page's router (${r.spa.navigation.liveChanges} of them change the live state): ${num(r.spa.navigation.totalMs, 2)} ms in all = **${num(r.spa.navigation.perNavigationMs, 2)} ms per navigation**; ${r.spa.navigation.longTasks} long tasks contain extension time (${r.spa.navigation.longTasksCaused} of them long only because of it).`,
    '',
    '## Where the time goes',
    '',
    breakdownTable(r.pages.filter((p) => p.registry)),
    '',
    ...r.profiled.map(
      (p) =>
        `- ${p.loads} extra loads of ${p.page} traced with V8 CPU sampling (which slows script down): extension time ${mp(p.extensionMs, 2)} ms (median / p95), of which ${mp(p.sampledMs, 2)} ms in samples with an extension frame.`,
    ),
    '',
    'Mean extension time per profiled load by function, from those CPU samples (self = samples whose deepest extension frame is the function, including the DOM and extension API calls it makes; total = anywhere on the stack). Names and lines come from the bench build’s hidden source map. Compilation shows under `v8.compile` above, not here.',
    '',
    '| function (minified) | source | self ms | total ms |',
    '|---|---|---|---|',
    ...r.functions
      .slice(0, 20)
      .map(
        (f) =>
          `| \`${f.fn}\` | ${f.source ? `\`${cell(f.source)}\`` : ''} | ${num(f.selfMs, 2)} | ${num(f.totalMs, 2)} |`,
      ),
    '',
    '## Method',
    '',
    '- Two headless Chromiums from the E2E harness, one with the extension (`tests/e2e/harness` `launchWithExtension`) and one with the same flags but no extension, both resolving every host to the local HTTPS fixture server. Each iteration loads every page once in each browser in a fresh tab, the order of the two browsers alternating; the first iteration is a discarded warm-up (it is also the first visit, when the panel opens; later loads show it collapsed).',
    '- Fixtures: `tests/e2e/fixtures/bench-youtube.html` (client-rendered watch page, ~2.2k elements and ~3.6k DOM nodes, player timer, comments after load, pushState router) and `bench-twitch.html` (live channel with a chat adding a message every 200 ms). The non-registry page serves the YouTube fixture on www.example.org.',
    `- Each load is traced (CDP \`Tracing\`: devtools.timeline, v8, v8.execute, toplevel) from before navigation until ${r.options.measureAtMs} ms after navigation start (the same moment in both arms), then CDP \`Performance.getMetrics\` is read; the JS heap is read after a forced GC. V8 CPU sampling, which slows script down by roughly a quarter here, runs only in the separate profiled loads.`,
    '- **Extension main-thread time** is the union, on renderer main threads, of (a) script evaluation, compile and call events (`EvaluateScript`, `v8.compile`, `v8.run`, `v8.callFunction`, `FunctionCall`, …) whose URL starts with `chrome-extension://<id>/` or that run in the content script’s isolated world; (b) `RunMicrotasks` inside tasks the extension started — the task injecting the content script and tasks delivering an IPC on an `extensions.mojom.*` interface (replies to its `storage`/`runtime` calls, its events); (c) CPU samples with a `chrome-extension://` frame on the stack. (a) alone, the literal URL rule, undercounts: everything after the content script’s first `await` (reading storage, rendering the panel) runs as a promise continuation in `RunMicrotasks`, which names no URL. (c) alone is unreliable on a loaded machine, where the sampler thread can miss tens of milliseconds.',
    '- A long task is a main-thread `RunTask` over 50 ms that contains extension time. Isolated worlds are `Runtime.executionContextCreated` events with `auxData.type` `isolated`, not counting Playwright’s own utility world.',
    '- Service-worker starts are `ServiceWorker.workerVersionUpdated` changes from stopped to starting/running; `ServiceWorker.stopAllWorkers` stops the worker first.',
    '- Tracing slows script down in both arms; figures are for this machine and this build only. The machine is shared, so look at the load average before comparing runs.',
    '- The benchmark builds its own copy (`wxt build -c scripts/bench/wxt.bench.config.ts` → `.output/bench/chrome-mv3`): byte-identical JS, hidden source maps, and no manifest `key`, so the managed-storage policy the E2E suite writes machine-wide for the dev ID cannot reach it mid-run.',
    '',
  ];
  return lines.join('\n');
}
