/** Markdown for a benchmark run (docs/PERFORMANCE.md and artifacts/bench/latest.md). Pure. */
import type { BudgetCheck } from './budgets';
import { POINTER_REST_MS } from './click';
import { STORAGE_REPLY_PHASE } from './floor';
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
  const status =
    c.limit === undefined
      ? 'reported'
      : c.pass
        ? c.goalPass === false
          ? 'pass (goal missed)'
          : 'pass'
        : '**FAIL**';
  const goal = c.goal === undefined ? '' : `≤ ${unit(c.goal, c.unit, digits)}`;
  const limit = c.limit === undefined ? '' : `≤ ${unit(c.limit, c.unit, digits)}`;
  return `| ${c.scope} | ${c.what} | ${unit(c.value, c.unit, digits)} | ${limit} | ${goal} | ${status} |`;
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
    ['load event → end of the extension’s last main-thread work, ms', (p) => mp(p.loadToExtensionDoneMs, 0)],
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
  injection: 'loader injection task (compile, top-level run, `startLoader()` to its first `await`)',
  'v8.compile': '  of which `v8.compile`',
  'v8.run': '  of which `v8.run` (top-level run)',
  module: 'tasks compiling and evaluating the panel module (`import()` of panel.js) and its continuations',
  'ipc extensions.mojom.LocalFrameHost':
    'tasks delivering replies to its API calls (`storage.local.get`, `runtime.sendMessage`): the chip, or the panel’s mount and render',
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

/**
 * The last run of the one-script design (content-scripts/content.js), from the docs/PERFORMANCE.md
 * committed in e84a952 ("full N=20 run after the panel-cost changes"), 2026-11-23: the "before" column.
 * Hard-coded: that build no longer exists to measure. The first visit then was one warm-up load per
 * page, not a median.
 */
export const BEFORE = {
  label: '2026-11-23 (e84a952, one content script)',
  repeatVisitMs: { 'youtube-watch': 15.41, 'twitch-live': 18.56 },
  loadRatio: { 'youtube-watch': 1.161, 'twitch-live': 1.304 },
  firstVisitMs: { 'youtube-watch': 30.54, 'twitch-live': 38.31 },
  contentScriptGzipKB: 11.86,
  heapAddedKiB: { 'youtube-watch': 1005, 'twitch-live': 1005 },
} as const;

type PerPage = Record<string, number>;

const both = (values: PerPage, pages: readonly string[], digits: number, u = ''): string =>
  pages.map((p) => (p in values ? `${num(values[p] as number, digits)}${u}` : '–')).join(' / ');

const byPage = (list: readonly PageResult[], f: (p: PageResult) => number | undefined): PerPage =>
  Object.fromEntries(list.flatMap((p) => (f(p) === undefined ? [] : [[p.name, f(p) as number]])));

/** Before (hard-coded, the one-script design) and after (this run), registry pages side by side. Pure. */
export function beforeAfterTable(r: BenchResult): string {
  const registry = r.pages.filter((p) => p.registry);
  const names = registry.map((p) => p.name);
  const rows: [string, string, string][] = [
    [
      'repeat visit (chip only): extension main-thread time, median, ms',
      both(BEFORE.repeatVisitMs, names, 2),
      both(
        byPage(registry, (p) => p.extensionMs.median),
        names,
        2,
      ),
    ],
    [
      'repeat visit: load-event ratio with/without, median',
      both(BEFORE.loadRatio, names, 3),
      both(
        byPage(registry, (p) => p.loadRatio.median),
        names,
        3,
      ),
    ],
    [
      'first visit (panel opens): extension main-thread time, ms',
      `${both(BEFORE.firstVisitMs, names, 2)} (one load each)`,
      `${both(
        byPage(r.firstVisits, (p) => p.extensionMs.median),
        names,
        2,
      )} (median)`,
    ],
    [
      'chip click → open panel painted, median, ms',
      'not measured',
      both(
        byPage(registry, (p) => p.click?.toPaintMs.median),
        names,
        1,
      ),
    ],
    [
      'script injected on registry pages, gzip',
      `${BEFORE.contentScriptGzipKB.toFixed(2)} KB (content script)`,
      `${kb(r.contentScript.gzipBytes)} (loader)`,
    ],
    ['full panel, gzip', 'in the content script', `${kb(r.panel.gzipBytes)} (imported on open)`],
    [
      'JS heap added per page, median, KiB',
      both(BEFORE.heapAddedKiB, names, 0),
      `${both(
        byPage(registry, (p) => p.heapDeltaKiB.median),
        names,
        0,
      )} (chip); ${both(
        byPage(r.firstVisits, (p) => p.heapDeltaKiB.median),
        names,
        0,
      )} (first visit, panel open)`,
    ],
  ];
  return [
    `| figure (${names.join(' / ')}) | before: ${BEFORE.label} | after: this run |`,
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function clickTable(pages: readonly PageResult[]): string {
  const columns = pages.flatMap((p) => [
    { name: `${p.name}, pressed on arrival`, click: p.click },
    { name: `${p.name}, pointer rested ${POINTER_REST_MS} ms`, click: p.restedClick },
  ]);
  const rows: [string, (c: NonNullable<PageResult['click']>) => string][] = [
    ['clicks measured', (c) => String(c.clicks)],
    ['**input → open panel painted**, ms', (c) => mp(c.toPaintMs, 1)],
    ['  input → open panel in the DOM, ms', (c) => mp(c.toDomMs, 1)],
    ['  in the DOM → painted (next frame’s rendering update), ms', (c) => mp(c.domToPaintMs, 1)],
    [
      'extension main-thread time of the open (click to 500 ms after the paint), ms',
      (c) => mp(c.extensionMs, 2),
    ],
    ['long tasks containing extension time', (c) => String(c.longTasks)],
  ];
  return [
    `| median / p95 | ${columns.map((c) => c.name).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...rows.map(
      ([label, f]) => `| ${label} | ${columns.map((c) => (c.click ? f(c.click) : '–')).join(' | ')} |`,
    ),
  ].join('\n');
}

/** The control arm beside the loader, repeat visits to registry pages. Pure. */
export function floorTable(pages: readonly PageResult[]): string {
  const withFloor = pages.filter((p) => p.floor);
  type Floor = NonNullable<PageResult['floor']>;
  const rows: [string, (p: PageResult, f: Floor) => string][] = [
    ['floor loads measured', (_p, f) => String(f.loads)],
    ['**floor: empty content script reading storage, extension time**, ms', (_p, f) => mp(f.extensionMs, 2)],
    ['  (a) script events by URL/world, ms', (_p, f) => mp(f.extensionScriptMs, 2)],
    ['  (b) promise continuations in tasks it started, ms', (_p, f) => mp(f.extensionContinuationMs, 2)],
    ['  injection task (compile and top-level run of floor.js), ms', (_p, f) => mp(f.breakdown.injection, 2)],
    [
      '  its `load` listener and the continuation calling `chrome.storage.local.get` (first touch of `chrome.storage`), ms',
      (_p, f) => mp(f.breakdown.other, 2),
    ],
    ['  task delivering the storage reply, ms', (_p, f) => mp(f.breakdown[STORAGE_REPLY_PHASE], 2)],
    [
      'isolated-world set-up before floor.js runs (`LocalWindowProxy::Initialize`; in neither figure), ms',
      (_p, f) => mp(f.worldSetupMs, 2),
    ],
    ['Streamwise loader, extension time (the repeat-visit figure), ms', (p) => mp(p.extensionMs, 2)],
    [
      '  isolated-world set-up before loader.js runs (in neither figure), ms',
      (_p, f) => mp(f.loaderWorldSetupMs, 2),
    ],
    [
      '**Streamwise loader above the floor** (loader median − floor median), ms',
      (_p, f) => num(f.loaderAboveMs, 2),
    ],
    ['  paired: loader − floor in the same iteration, ms', (_p, f) => mp(f.loaderAbovePairedMs, 2)],
    ['load-event ratio floor / without', (_p, f) => mp(f.loadRatio, 3)],
    ['load-event ratio Streamwise / without (the same without loads)', (p) => mp(p.loadRatio, 3)],
    ['JS heap added by the floor (after GC), KiB', (_p, f) => mp(f.heapDeltaKiB, 0)],
  ];
  return [
    `| median / p95 | ${withFloor.map((p) => p.name).join(' | ')} |`,
    `|---|${withFloor.map(() => '---').join('|')}|`,
    ...rows.map(([label, f]) => `| ${label} | ${withFloor.map((p) => f(p, p.floor as Floor)).join(' | ')} |`),
  ].join('\n');
}

function heapTable(r: BenchResult): string {
  const registry = r.pages.filter((p) => p.registry);
  const first = (name: string) => r.firstVisits.find((p) => p.name === name);
  const rows: [string, (p: PageResult) => string][] = [
    ['repeat visit: the loader and its chip', (p) => mp(p.heapDeltaKiB, 0)],
    ['first visit: the panel opened by itself', (p) => mp(first(p.name)?.heapDeltaKiB, 0)],
    ['repeat visit, after a click opened the panel', (p) => mp(p.click?.openHeapDeltaKiB, 0)],
    ['an empty isolated world (without the extension)', (p) => mp(p.click?.emptyWorldKiB, 0)],
  ];
  return [
    `| JS heap added after GC, KiB (median / p95) | ${registry.map((p) => p.name).join(' | ')} |`,
    `|---|${registry.map(() => '---').join('|')}|`,
    ...rows.map(([label, f]) => `| ${label} | ${registry.map(f).join(' | ')} |`),
  ].join('\n');
}

export function renderReport(r: BenchResult): string {
  const m = r.machine;
  const ws = r.workerStarts;
  const failed = r.budgets.filter((c) => !c.pass);
  const registry = r.pages.filter((p) => p.registry);
  const lines = [
    '# Performance',
    '',
    `Generated by \`npm run bench\` (scripts/bench/); do not edit by hand.${r.options.quick ? ' **Quick run (CI smoke): too few loads for conclusions.**' : ''}`,
    '',
    `- **Date:** ${r.date} · **command:** \`${r.command}\` · **took** ${Math.floor(r.durationSeconds / 60)} min ${Math.floor(r.durationSeconds % 60)} s`,
    `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}`,
    `- **Load average (1 min):** ${num(m.loadAverage.start, 2)} at the start, ${num(m.loadAverage.end ?? NaN, 2)} at the end (${m.cores} cores: above ${m.cores} means other work was competing for the CPU)`,
    `- **Chromium:** ${r.chromium} (headless, Debian build) · **N =** ${r.options.n} paired loads per page and visit, after one warm-up iteration`,
    `- **Loader (content script):** ${r.contentScript.files.join(', ')}: ${kb(r.contentScript.rawBytes)} raw, ${kb(r.contentScript.gzipBytes)} gzip -9`,
    `- **Full panel (web-accessible ES module, imported on open):** ${r.panel.files.join(', ')}: ${kb(r.panel.rawBytes)} raw, ${kb(r.panel.gzipBytes)} gzip -9`,
    '',
    `## Budgets: ${failed.length === 0 ? 'all pass' : `${failed.length} missed`}`,
    '',
    'Issue 13’s figures, DECISIONS.md’s per-navigation budget, and the earlier guards (long tasks, worker starts, SPA idle). Rows marked “reported” have no budget.',
    '',
    budgetTable(r.budgets),
    '',
    '## Before and after the two-stage rebuild',
    '',
    beforeAfterTable(r),
    '',
    'Before: the last full run of the one-script design (docs/PERFORMANCE.md as committed in e84a952); its first-visit figures were one warm-up load per page, not medians of paired loads as now. The two runs share the machine, the fixtures and the attribution rules, but not the load average: compare with that in mind.',
    '',
    '## Repeat visits (chip only)',
    '',
    'The profile has seen the site: the loader reads storage once, sends the badge message and draws the collapsed chip; the full panel is not imported.',
    '',
    pageTable(r.pages),
    '',
    ...r.pages.map((p) => `- ${p.name}: \`${p.url}\``),
    '',
    ...(registry.some((p) => p.floor)
      ? [
          '## The floor: what any extension with a content script pays',
          '',
          'A control extension the benchmark generates (scripts/bench/floor.ts), in a browser of its own: one content script on the loader’s hosts at `document_start` that captures `globalThis.chrome`, waits for the load event, reads one small key with `chrome.storage.local.get` and does nothing else (no DOM). Measured on the same repeat-visit iterations, with the same attribution, its own `chrome-extension://<id>/` as the script URL prefix. What the loader costs above it is Streamwise’s own code and API use; the floor itself no content script can avoid. Neither figure contains the isolated world’s own set-up before the script runs (Chromium creating its context and installing `chrome` in it: `LocalWindowProxy::Initialize`, which is no script event): it is shown beside them, for both. See Method.',
          '',
          floorTable(registry),
          '',
        ]
      : []),
    '## First visits (the panel opens by itself)',
    '',
    `Before each with-extension load the site’s \`siteUi:<id>\` key is removed from storage.local (through the service worker: ${r.siteMemory.worker} times; through an extension page when the worker was not running: ${r.siteMemory.page}), so the loader sees a site it has not shown before and, in the default \`auto\` mode, imports and opens the full panel. Same profile otherwise (caches warm, as for a reader who has the extension and meets a new site).`,
    '',
    pageTable(r.firstVisits),
    '',
    '## Chip click → open panel painted',
    '',
    'On each repeat-visit load with the extension, after its figures are read: a real mouse click at the chip’s centre (found through the closed root over CDP), then the time from the click event’s `timeStamp` (the input’s time) until the first frame with the open panel has gone through its rendering update. See Method.',
    '',
    `Two kinds of click, alternating by iteration (half the loads each): **pressed on arrival** — the pointer jumps onto the chip and presses at once, so the panel starts loading only a moment before the click (the worst case; only a script clicks like that) — and **pointer rested ${POINTER_REST_MS} ms** — the pointer arrives, rests, then presses, as a mouse does: the chip starts importing the full panel and reading its card when the pointer, a touch or keyboard focus reaches it, so the click only has to draw it.`,
    '',
    clickTable(registry),
    '',
    '## JS heap',
    '',
    heapTable(r),
    '',
    '- Every figure is the paired difference of `JSHeapUsedSize` (CDP `Performance.getMetrics`, after `HeapProfiler.collectGarbage`) with and without the extension. Isolated worlds share the page’s V8 heap, so this includes the content script’s world itself.',
    '- **The isolated world’s own floor:** on each page without the extension, the benchmark creates an empty isolated world of its own (CDP `Page.createIsolatedWorld`, one trivial expression run in it) and reads the heap again: that is what any isolated world costs before it runs a line. A content script’s world costs at least that, plus the extension API bindings Chromium installs in it (`chrome.runtime`, `chrome.storage`, …), which only an extension’s world gets and this cannot separate from the loader’s own objects.',
    '- “After a click opened the panel” is read 2.5 s after the load’s figures in both arms; the benchmark’s own world (the click probe) exists in both arms by then, so it cancels out.',
    '',
    '## Service worker',
    '',
    `- ${ws.nonRegistry.navigations} navigations to \`${ws.nonRegistry.url}\` with the worker stopped first: **${ws.nonRegistry.starts}** starts.`,
    `- \`${ws.registryPerLoad.url}\`, worker stopped before each load: starts per load ${ws.registryPerLoad.starts.join(', ')}.`,
    `- ${ws.registryConsecutive.loads} consecutive loads of it, worker stopped before the first only: **${ws.registryConsecutive.starts}** starts.`,
    '',
    '## Single-page app',
    '',
    `On \`${r.spa.url}\` with the chip shown:`,
    '',
    `- **Idle:** ${num(r.spa.idle.totalMs, 2)} ms of extension main-thread time in ${r.spa.idle.seconds} s without interaction = **${num(r.spa.idle.perTenSecondsMs, 2)} ms per 10 s** (per 10 s window: ${r.spa.idle.per10sMs.map((v) => num(v, 2)).join(', ')} ms).`,
    `- **Navigations:** ${r.spa.navigation.count} pushState navigations by the page's router (${r.spa.navigation.liveChanges} of them change the live state): ${num(r.spa.navigation.totalMs, 2)} ms in all = **${num(r.spa.navigation.perNavigationMs, 2)} ms per navigation**; ${r.spa.navigation.longTasks} long tasks contain extension time (${r.spa.navigation.longTasksCaused} of them long only because of it).`,
    '',
    '## Where the time goes',
    '',
    '### Repeat visits',
    '',
    breakdownTable(registry),
    '',
    '### First visits',
    '',
    breakdownTable(r.firstVisits),
    '',
    ...r.profiled.map(
      (p) =>
        `- ${p.loads} extra first visits to ${p.page} traced with V8 CPU sampling (which slows script down): extension time ${mp(p.extensionMs, 2)} ms (median / p95), of which ${mp(p.sampledMs, 2)} ms in samples with an extension frame.`,
    ),
    '',
    'Mean extension time per profiled first visit by function, from those CPU samples (self = samples whose deepest extension frame is the function, including the DOM and extension API calls it makes; total = anywhere on the stack). Names and lines come from the bench build’s hidden source maps (loader.js.map, panel.js.map). Compilation shows under `v8.compile` above, not here.',
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
    '- Two headless Chromiums from the E2E harness, one with the extension (`scripts/lib/browser.ts` `launchWithExtension`) and one with the same flags but no extension, both resolving every host to the local HTTPS fixture server. Each iteration loads, in a fresh tab in each browser (the order of the two alternating), every registry page twice — a first visit, then a repeat visit followed by the chip click — and the non-registry page once; the first iteration is a discarded warm-up. Repeat visits also load in a third browser, the floor (below).',
    '- **The floor (control arm):** a third headless Chromium, with the same flags, loading only a control extension the benchmark writes into a temp dir (scripts/bench/floor.ts): MV3, the `storage` permission, a worker that seeds one small key at install (and gives the harness the extension’s ID), and one content script with the loader’s own manifest entry (hosts, exclusions, `run_at: document_start`, top frame only) that captures `globalThis.chrome`, waits for the load event, calls `chrome.storage.local.get` on that key and does nothing else. Its figures use the same attribution as the loader’s, with its own `chrome-extension://<id>/` as the URL prefix; each floor load must show its world, its injection and the storage reply in the trace, or it is retried once. It runs in a browser of its own because rule (b) below gives microtasks in tasks delivering extension IPC to whichever extension is loaded: next to Streamwise the two could not be told apart. It is a third browser in the same repeat-visit iterations rather than a pairing of its own: each floor load shares the iteration’s without-extension load (the load-event ratio’s denominator) and the moment’s machine load with the loader’s, which matters on a shared machine, and it adds one load per page per iteration, not two. The three browsers take the six possible orders in turn (scripts/bench/order.ts; with and without still alternate), so none is favoured by a drift in load within an iteration. First visits, the click, the SPA and the worker are not measured for the floor. The world set-up shown beside the figures is the `LocalWindowProxy::Initialize` that ends last before the script’s `EvaluateScript` in the same task with no script in between (scripts/bench/world-setup.ts); the main world and the harness’s own worlds are set up earlier, at the navigation’s commit.',
    '- Fixtures: `tests/e2e/fixtures/bench-youtube.html` (client-rendered watch page, ~2.2k elements and ~3.6k DOM nodes, player timer, comments after load, pushState router) and `bench-twitch.html` (live channel with a chat adding a message every 200 ms). The non-registry page serves the YouTube fixture on www.example.org.',
    `- Each load is traced (CDP \`Tracing\`: devtools.timeline, v8, v8.execute, toplevel) from before navigation until ${r.options.measureAtMs} ms after navigation start (the same moment in both arms), then the panel’s state is read through the DOM domain (\`DOM.getDocument\` with \`pierce\`, no script in the page; a load whose panel is not open on a first visit, or not collapsed on a repeat visit, is retried once), then CDP \`Performance.getMetrics\`; the JS heap is read after a forced GC. V8 CPU sampling, which slows script down by roughly a quarter here, runs only in the separate profiled loads.`,
    '- **Extension main-thread time** is the union, on renderer main threads, of (a) script evaluation, compile and call events (`EvaluateScript`, `v8.compile`, `v8.compileModule`, `v8.evaluateModule`, `v8.run`, `v8.callFunction`, `FunctionCall`, …) whose URL is the extension’s — `chrome-extension://<id>/…` (loader.js, and panel.js as V8 compiles it) or panel.js under the per-session `chrome-extension://<uuid>/` host that `use_dynamic_url` gives it — or that run in the loader’s isolated world (the panel module runs there too); (b) `RunMicrotasks` inside tasks the extension started — the task injecting the loader, the tasks compiling and evaluating the panel module (where the loader’s `import()` resolves), and tasks delivering an IPC on an `extensions.mojom.*` interface (replies to its `storage`/`runtime` calls, its events) — less calls into other worlds in the same checkpoint; (c) CPU samples with an extension frame on the stack. (a) alone, the literal URL rule, undercounts: everything after the loader’s first `await` runs as a promise continuation in `RunMicrotasks`, which names no URL. (c) alone is unreliable on a loaded machine, where the sampler thread can miss tens of milliseconds. Not counted: V8’s code-cache production for panel.js (`v8.produceModuleCache`, a task of its own naming no script).',
    '- **Chip click → open panel painted:** in the benchmark’s own isolated world (CDP `Page.createIsolatedWorld`; `DOM.resolveNode` hands it the closed root, as scripts/lib/panel.ts does), a capture-phase `click` listener on `window` keeps the event’s `timeStamp` — the time of the input, on the page’s `performance.now()` clock — and a MutationObserver on the closed root sees the `[data-state="open"]` panel arrive; it then asks for the next animation frame, and from that frame’s `requestAnimationFrame` callback posts a `MessageChannel` message, which runs once that frame’s rendering update (style, layout, paint, commit to the compositor) has finished. Painted = that message’s time; the GPU’s presentation follows within a frame and is not counted. The click is Playwright’s `page.mouse.click` at the chip’s centre (CDP `Input.dispatchMouseEvent`, pressed then released; the click fires on release). The click window is traced separately for the extension time of the open. No polling runs meanwhile: one CDP call awaits the probe’s promise.',
    '- A long task is a main-thread `RunTask` over 50 ms that contains extension time. Isolated worlds are `Runtime.executionContextCreated` events with `auxData.type` `isolated`, not counting Playwright’s utility world and the benchmark’s own.',
    '- Service-worker starts are `ServiceWorker.workerVersionUpdated` changes from stopped to starting/running; `ServiceWorker.stopAllWorkers` stops the worker first.',
    '- Tracing slows script down in both arms; figures are for this machine and this build only. The machine is shared, so look at the load average before comparing runs.',
    '- The benchmark builds its own copy (`wxt build -c scripts/bench/wxt.bench.config.ts` → `.output/bench/chrome-mv3`): byte-identical JS, hidden source maps for loader.js and panel.js, and no manifest `key`, so the managed-storage policy the E2E suite writes machine-wide for the dev ID cannot reach it mid-run.',
    '',
  ];
  return lines.join('\n');
}
