/** Per-page figures from paired load samples. Pure. */
import type { ContentScriptSize } from './bundle';
import type { LoadSample } from './measure-load';
import { pairedDifferences, pairedRatios, summarize, type Summary } from './stats';

export interface Pair {
  with: LoadSample;
  without: LoadSample;
  /** Repeat visits: the control extension's load in the same iteration, in its own browser (floor.ts). */
  floor?: LoadSample;
}

export interface BenchPage {
  name: string;
  url: string;
  /** On a registry host: the extension is expected to inject there. */
  registry: boolean;
  /** The registry's site id (its `siteUi:<id>` key says whether the profile has seen the site). */
  siteId?: string;
}

/** A repeat visit shows the chip only; a first visit (siteUi:<id> cleared) opens the panel. */
export type Visit = 'repeat' | 'first';

export interface ClickResult {
  clicks: number;
  /** Input → open panel painted (click.ts). */
  toPaintMs: Summary;
  toDomMs: Summary;
  domToPaintMs: Summary;
  /** Extension main-thread time from the click until 500 ms after the paint. */
  extensionMs: Summary;
  longTasks: number;
  /** JS heap added with the panel open (with, panel open − without), after GC. */
  openHeapDeltaKiB: Summary;
  /** JS heap an empty isolated world adds to the page without the extension. */
  emptyWorldKiB: Summary;
}

/**
 * The control arm on a page: an empty content script reading storage once (floor.ts), measured with the
 * same attribution as the loader. What any extension with a content script pays on the page.
 */
export interface FloorResult {
  loads: number;
  /** The floor's extension main-thread time per load, and its parts. */
  extensionMs: Summary;
  extensionScriptMs: Summary;
  extensionContinuationMs: Summary;
  /** Where it falls (injection task, storage reply, its load listener), as for the loader. */
  breakdown: Record<string, Summary>;
  /** Its isolated world's set-up before floor.js ran, which the attribution counts for no extension. */
  worldSetupMs: Summary;
  /** The same for the loader's world, from the with arm's loads. */
  loaderWorldSetupMs: Summary;
  /** Floor / without, paired in the same iteration. */
  loadRatio: Summary;
  /** JS heap the floor adds (after GC): the isolated world plus the API bindings it touched. */
  heapDeltaKiB: Summary;
  /** The loader's median minus the floor's median, ms: the part of the figure that is Streamwise's own. */
  loaderAboveMs: number;
  /** The same, paired: loader − floor in each iteration. */
  loaderAbovePairedMs: Summary;
}

export interface PageResult extends BenchPage {
  visit: Visit;
  pairs: number;
  /** DOM nodes (CDP Performance `Nodes`) without the extension: the page's size. */
  nodes: number;
  /** Extension-attributed main-thread time per load (the without arm has none, so this is the paired difference). */
  extensionMs: Summary;
  extensionScriptMs: Summary;
  extensionContinuationMs: Summary;
  /** Medians per load: where the extension time falls (task kinds, compile, top-level run). */
  breakdown: Record<string, Summary>;
  scriptDurationDeltaMs: Summary;
  taskDurationDeltaMs: Summary;
  layoutStyleDeltaMs: Summary;
  loadRatio: Summary;
  /** The load event to the end of the extension's last main-thread work (with arm, registry pages). */
  loadToExtensionDoneMs?: Summary;
  heapDeltaKiB: Summary;
  /** Long tasks containing extension time; `caused`: of which at most 50 ms without the extension's share. */
  longTasks: { count: number; loads: number; caused: number; maxMs: number; maxExtensionMs: number };
  isolatedWorlds: { withMax: number; withoutMax: number };
  extensionWorldsMax: number;
  injected: { rawBytes: number; gzipBytes: number };
  /** Repeat visits to registry pages: the chip clicked as the pointer arrives (odd iterations). */
  click?: ClickResult;
  /** The chip clicked after the pointer rested on it (even iterations; click.ts POINTER_REST_MS). */
  restedClick?: ClickResult;
  /** Repeat visits to registry pages: the control arm (floor.ts). */
  floor?: FloorResult;
}

function breakdown(loads: readonly LoadSample[]): Record<string, Summary> {
  const kinds = new Set(loads.flatMap((s) => Object.keys(s.extensionPhases)));
  const out: Record<string, Summary> = {};
  for (const kind of [...kinds].sort()) out[kind] = summarize(loads.map((s) => s.extensionPhases[kind] ?? 0));
  out['v8.compile'] = summarize(loads.map((s) => s.extensionByEvent['v8.compile'] ?? 0));
  out['v8.run'] = summarize(loads.map((s) => s.extensionByEvent['v8.run'] ?? 0));
  return out;
}

const KiB = (bytes: number) => bytes / 1024;

/** The clicks of one kind: pressed on arrival (`rested` false) or after the pointer rested on the chip. */
export function clickResult(all: readonly Pair[], rested = false): ClickResult | undefined {
  const pairs = all.filter((p) => (p.with.click?.restMs ?? 0) > 0 === rested);
  const clicked = pairs.filter((p) => p.with.click?.latency);
  if (clicked.length === 0) return undefined;
  const latency = clicked.flatMap((p) => (p.with.click?.latency ? [p.with.click.latency] : []));
  return {
    clicks: clicked.length,
    toPaintMs: summarize(latency.map((l) => l.toPaintMs)),
    toDomMs: summarize(latency.map((l) => l.toDomMs)),
    domToPaintMs: summarize(latency.map((l) => l.domToPaintMs)),
    extensionMs: summarize(clicked.map((p) => p.with.click?.extensionMs ?? NaN)),
    longTasks: clicked.reduce((n, p) => n + (p.with.click?.longTasks ?? 0), 0),
    openHeapDeltaKiB: summarize(
      pairedDifferences(
        pairs.map((p) => ({ with: p.with.click?.lateHeapBytes, without: p.without.click?.lateHeapBytes })),
      ).map(KiB),
    ),
    emptyWorldKiB: summarize(pairs.map((p) => KiB(p.without.click?.emptyWorldBytes ?? NaN))),
  };
}

/** The floor's figures from the pairs that have a floor load; undefined when none has. */
export function floorResult(pairs: readonly Pair[]): FloorResult | undefined {
  const withFloor = pairs.filter((p): p is Pair & { floor: LoadSample } => p.floor !== undefined);
  if (withFloor.length === 0) return undefined;
  const f = withFloor.map((p) => p.floor);
  const extensionMs = summarize(f.map((s) => s.extensionMs));
  return {
    loads: f.length,
    extensionMs,
    extensionScriptMs: summarize(f.map((s) => s.extensionScriptMs)),
    extensionContinuationMs: summarize(f.map((s) => s.extensionContinuationMs)),
    breakdown: breakdown(f),
    worldSetupMs: summarize(f.map((s) => s.worldSetupMs)),
    loaderWorldSetupMs: summarize(withFloor.map((p) => p.with.worldSetupMs)),
    loadRatio: summarize(
      pairedRatios(withFloor.map((p) => ({ with: p.floor.loadEventMs, without: p.without.loadEventMs }))),
    ),
    heapDeltaKiB: summarize(
      pairedDifferences(
        withFloor.map((p) => ({ with: p.floor.jsHeapUsedBytes, without: p.without.jsHeapUsedBytes })),
      ).map(KiB),
    ),
    loaderAboveMs: summarize(pairs.map((p) => p.with.extensionMs)).median - extensionMs.median,
    loaderAbovePairedMs: summarize(
      pairedDifferences(withFloor.map((p) => ({ with: p.with.extensionMs, without: p.floor.extensionMs }))),
    ),
  };
}

export function pageResult(
  page: BenchPage,
  pairs: readonly Pair[],
  size: ContentScriptSize,
  visit: Visit = 'repeat',
): PageResult {
  const w = pairs.map((p) => p.with);
  const paired = (f: (s: LoadSample) => number) =>
    summarize(pairedDifferences(pairs.map((p) => ({ with: f(p.with), without: f(p.without) }))));
  const longTasks = w.flatMap((s) => s.longTasks);
  const extensionWorldsMax = Math.max(0, ...w.map((s) => s.extensionWorlds));
  return {
    ...page,
    visit,
    pairs: pairs.length,
    nodes: summarize(pairs.map((p) => p.without.nodes)).median,
    extensionMs: summarize(w.map((s) => s.extensionMs)),
    extensionScriptMs: summarize(w.map((s) => s.extensionScriptMs)),
    extensionContinuationMs: summarize(w.map((s) => s.extensionContinuationMs)),
    breakdown: breakdown(w),
    scriptDurationDeltaMs: paired((s) => s.scriptDurationMs),
    taskDurationDeltaMs: paired((s) => s.taskDurationMs),
    layoutStyleDeltaMs: paired((s) => s.layoutDurationMs + s.recalcStyleDurationMs),
    loadRatio: summarize(
      pairedRatios(pairs.map((p) => ({ with: p.with.loadEventMs, without: p.without.loadEventMs }))),
    ),
    loadToExtensionDoneMs: page.registry
      ? summarize(w.map((s) => s.loadToExtensionDoneMs ?? NaN))
      : undefined,
    heapDeltaKiB: paired((s) => KiB(s.jsHeapUsedBytes)),
    longTasks: {
      count: longTasks.length,
      loads: w.filter((s) => s.longTasks.length > 0).length,
      caused: longTasks.filter((t) => t.durMs - t.extensionMs <= 50).length,
      maxMs: Math.max(0, ...longTasks.map((t) => t.durMs)),
      maxExtensionMs: Math.max(0, ...longTasks.map((t) => t.extensionMs)),
    },
    isolatedWorlds: {
      withMax: Math.max(0, ...w.map((s) => s.isolatedWorlds)),
      withoutMax: Math.max(0, ...pairs.map((p) => p.without.isolatedWorlds)),
    },
    extensionWorldsMax,
    injected:
      extensionWorldsMax > 0
        ? { rawBytes: size.rawBytes, gzipBytes: size.gzipBytes }
        : { rawBytes: 0, gzipBytes: 0 },
    click: clickResult(pairs),
    restedClick: clickResult(pairs, true),
    floor: floorResult(pairs),
  };
}

export interface BenchResult {
  date: string;
  command: string;
  durationSeconds: number;
  machine: import('./machine').Machine;
  chromium: string;
  extensionId: string;
  options: import('./args').BenchOptions;
  /** The loader: the one script the manifest injects on registry pages. */
  contentScript: ContentScriptSize;
  /** The full panel: web-accessible, imported by the loader only when the panel opens. */
  panel: ContentScriptSize;
  /** How the first visits' `siteUi:<id>` keys were removed: through the worker, or an extension page. */
  siteMemory: { worker: number; page: number };
  /** Repeat visits (chip only) to registry pages, and the non-registry page. */
  pages: PageResult[];
  /** First visits to registry pages (siteUi:<id> cleared before each): the panel opens by itself. */
  firstVisits: PageResult[];
  workerStarts: import('./worker-starts').WorkerStarts;
  spa: import('./spa').SpaCost;
  /** Extra with-extension first visits traced with CPU samples: the same attribution, plus (c), under sampling overhead. */
  profiled: { page: string; loads: number; extensionMs: Summary; sampledMs: Summary }[];
  /** Mean extension cost per profiled load, by function (CPU samples, names from the source map). */
  functions: import('./symbolicate').NamedCost[];
  budgets: import('./budgets').BudgetCheck[];
  /** Raw paired samples per page: `<page>` repeat visits, `<page> first` first visits. */
  loads: Record<string, Pair[]>;
}
