/** Per-page figures from paired load samples. Pure. */
import type { ContentScriptSize } from './bundle';
import type { LoadSample } from './measure-load';
import { pairedDifferences, pairedRatios, summarize, type Summary } from './stats';

export interface Pair {
  with: LoadSample;
  without: LoadSample;
}

export interface BenchPage {
  name: string;
  url: string;
  /** On a registry host: the extension is expected to inject there. */
  registry: boolean;
}

export interface PageResult extends BenchPage {
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
  /** DOMContentLoaded to the panel's first frame on screen (with arm, registry pages). */
  dclToPanelMs?: Summary;
  heapDeltaKiB: Summary;
  /** Long tasks containing extension time; `caused`: of which at most 50 ms without the extension's share. */
  longTasks: { count: number; loads: number; caused: number; maxMs: number; maxExtensionMs: number };
  isolatedWorlds: { withMax: number; withoutMax: number };
  extensionWorldsMax: number;
  injected: { rawBytes: number; gzipBytes: number };
}

function breakdown(loads: readonly LoadSample[]): Record<string, Summary> {
  const kinds = new Set(loads.flatMap((s) => Object.keys(s.extensionPhases)));
  const out: Record<string, Summary> = {};
  for (const kind of [...kinds].sort()) out[kind] = summarize(loads.map((s) => s.extensionPhases[kind] ?? 0));
  out['v8.compile'] = summarize(loads.map((s) => s.extensionByEvent['v8.compile'] ?? 0));
  out['v8.run'] = summarize(loads.map((s) => s.extensionByEvent['v8.run'] ?? 0));
  return out;
}

export function pageResult(page: BenchPage, pairs: readonly Pair[], size: ContentScriptSize): PageResult {
  const w = pairs.map((p) => p.with);
  const paired = (f: (s: LoadSample) => number) =>
    summarize(pairedDifferences(pairs.map((p) => ({ with: f(p.with), without: f(p.without) }))));
  const longTasks = w.flatMap((s) => s.longTasks);
  const extensionWorldsMax = Math.max(0, ...w.map((s) => s.extensionWorlds));
  const panel = w.flatMap((s) =>
    s.panelVisibleMs !== undefined ? [s.panelVisibleMs - s.domContentLoadedMs] : [],
  );
  return {
    ...page,
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
    dclToPanelMs: page.registry ? summarize(panel) : undefined,
    heapDeltaKiB: paired((s) => s.jsHeapUsedBytes / 1024),
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
  contentScript: ContentScriptSize;
  pages: PageResult[];
  /** The warm-up load of each registry page: the first visit, when the panel opens (later loads show it collapsed). */
  firstVisit: { page: string; extensionMs: number; dclToPanelMs?: number }[];
  workerStarts: import('./worker-starts').WorkerStarts;
  spa: import('./spa').SpaCost;
  /** Extra with-extension loads traced with CPU samples: the same attribution, plus (c), under sampling overhead. */
  profiled: { page: string; loads: number; extensionMs: Summary; sampledMs: Summary }[];
  /** Mean extension cost per profiled load, by function (CPU samples, names from the source map). */
  functions: import('./symbolicate').NamedCost[];
  budgets: import('./budgets').BudgetCheck[];
  /** Raw paired samples per page. */
  loads: Record<string, Pair[]>;
}
