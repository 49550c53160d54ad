/**
 * Which main-thread time in a Chrome trace belongs to the extension. Pure functions over the events
 * CDP `Tracing` reports. Trace times are microseconds; everything returned is in milliseconds.
 */
import { clip, mergeIntervals, overlap, subtractIntervals, totalLength, type Interval } from './intervals';
import { cpuSamples, isExtensionFrame } from './samples';
import {
  EXTENSION_IPC_PREFIX,
  EXTENSION_PREFIX,
  LONG_TASK_US,
  TASK_EVENT,
  extensionWorlds,
  isExtensionScriptEvent,
  key,
  mojoInterface,
  rendererMainThreads,
  type TraceEvent,
  type UrlMatch,
} from './trace-events';

export * from './intervals';
export * from './samples';
export * from './trace-events';

export interface ExtensionCost {
  /** (a) Extension script events (evaluation, compile, calls by URL or extension world). */
  scriptEventsMs: number;
  /** (b) Microtask checkpoints in tasks the extension started: its injection, or an IPC to it. */
  continuationsMs: number;
  /** (c) CPU samples with an extension frame on the stack. */
  sampledMs: number;
  /** Union of (a), (b) and (c) on renderer main threads: the main-thread time attributed to the extension. */
  totalMs: number;
  /** Summed duration per event name (nested events overlap, so these do not add up to scriptEventsMs). */
  byEvent: Record<string, number>;
  /** RunTask events over 50 ms on a renderer main thread that contain extension time. */
  longTasks: { ts: number; durMs: number; extensionMs: number }[];
  /**
   * Attributed time by the task it fell in: `injection` (the task evaluating the content script),
   * `module` (tasks compiling or evaluating an extension ES module: the panel the loader imports),
   * `ipc <interface>` (tasks delivering an IPC on that extensions.mojom interface), `other`.
   */
  phases: Record<string, number>;
  /** Merged attributed intervals per thread, for windowing. */
  intervals: Map<string, Interval[]>;
}

export interface AttributionOptions {
  /** The extension's script URLs (default: any chrome-extension:// URL). */
  prefix?: UrlMatch;
  /** Names of the extension's isolated worlds, for traces that start after its script ran. */
  worldNames?: ReadonlySet<string>;
  /** Only count time inside [from, to) (trace microseconds). */
  window?: Interval;
}

const span = (e: TraceEvent): Interval => [e.ts, e.ts + (e.dur ?? 0)];

/** Index of the task (sorted by start, not overlapping) that contains time t, or -1. */
function enclosing(tasks: readonly TraceEvent[], t: number): number {
  let lo = 0;
  let hi = tasks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tasks[mid] as TraceEvent).ts <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const task = tasks[found];
  return task && t <= task.ts + (task.dur ?? 0) ? found : -1;
}

/**
 * Main-thread time attributable to the extension, on renderer main threads (service workers excluded):
 * (a) script evaluation, compilation and calls whose URL starts with `prefix` or that run in the
 * extension's world; (b) microtask checkpoints (`RunMicrotasks`) inside tasks the extension started —
 * the one injecting its content script, and those delivering an IPC on an extensions.mojom interface
 * (replies to its storage/runtime calls, its events) — where its promise continuations run without
 * any URL on the trace; (c) CPU samples with an extension frame on the stack. The total is their union.
 * Page-world calls inside those checkpoints (its observers reacting to the panel) stay the page's.
 * (b) cannot tell extensions apart (the IPC does not name one): the benchmark loads only this one.
 */
export function extensionCost(
  events: readonly TraceEvent[],
  options: AttributionOptions = {},
): ExtensionCost {
  const prefix = options.prefix ?? EXTENSION_PREFIX;
  const mains = rendererMainThreads(events);
  const worlds = extensionWorlds(events, prefix);
  type PerThread = Map<string, Interval[]>;
  const scripts: PerThread = new Map();
  const continuations: PerThread = new Map();
  const sampled: PerThread = new Map();
  const byEvent: Record<string, number> = {};
  const push = (map: PerThread, thread: string, interval: Interval | undefined) => {
    if (!interval) return;
    let list = map.get(thread);
    if (!list) map.set(thread, (list = []));
    list.push(interval);
  };

  const tasks = new Map<string, TraceEvent[]>();
  const markers = new Map<string, { ts: number; kind: string }[]>();
  const microtasks = new Map<string, TraceEvent[]>();
  const pageCalls = new Map<string, Interval[]>();
  const add = <T>(map: Map<string, T[]>, thread: string, value: T) => {
    let list = map.get(thread);
    if (!list) map.set(thread, (list = []));
    list.push(value);
  };
  for (const e of events) {
    const thread = key(e.pid, e.tid);
    if (!mains.has(thread) || e.ph !== 'X') continue;
    if (e.name === TASK_EVENT) add(tasks, thread, e);
    else if (e.name === 'RunMicrotasks') add(microtasks, thread, e);
    else if (mojoInterface(e)?.startsWith(EXTENSION_IPC_PREFIX)) {
      add(markers, thread, { ts: e.ts, kind: `ipc ${mojoInterface(e)}` });
    } else if (
      e.name === 'v8.callFunction' &&
      !isExtensionScriptEvent(e, worlds, prefix, options.worldNames)
    ) {
      // A call into another world: the page's (worldId 0) or the benchmark's own observers.
      add(pageCalls, thread, span(e));
    }
    if (!isExtensionScriptEvent(e, worlds, prefix, options.worldNames)) continue;
    if (e.name === 'EvaluateScript') add(markers, thread, { ts: e.ts, kind: 'injection' });
    else if (e.name === 'v8.evaluateModule' || e.name === 'v8.compileModule') {
      add(markers, thread, { ts: e.ts, kind: 'module' });
    }
    const interval = clip(span(e), options.window);
    if (!interval) continue;
    push(scripts, thread, interval);
    byEvent[e.name] = (byEvent[e.name] ?? 0) + (interval[1] - interval[0]) / 1000;
  }
  const kinds = new Map<string, Map<number, string>>();
  for (const [thread, list] of tasks) {
    list.sort((a, b) => a.ts - b.ts);
    const started = new Map<number, string>();
    kinds.set(thread, started);
    for (const m of markers.get(thread) ?? []) {
      const i = enclosing(list, m.ts);
      // The first marker names the task; an injection outranks IPC in the same task.
      if (i >= 0 && (!started.has(i) || m.kind === 'injection')) started.set(i, m.kind);
    }
    const own = (microtasks.get(thread) ?? []).filter((m) => started.has(enclosing(list, m.ts))).map(span);
    // Callbacks of other worlds in the same checkpoint (a page MutationObserver seeing the panel arrive) are theirs.
    for (const interval of subtractIntervals(own, pageCalls.get(thread) ?? [])) {
      push(continuations, thread, clip(interval, options.window));
    }
  }
  for (const s of cpuSamples(events)) {
    if (!mains.has(s.thread) || !s.stack.some((f) => isExtensionFrame(f, prefix))) continue;
    push(sampled, s.thread, clip([s.ts, s.ts + s.dur], options.window));
  }

  const threads = new Set([...scripts.keys(), ...continuations.keys(), ...sampled.keys()]);
  const intervals = new Map<string, Interval[]>();
  let scriptUs = 0;
  let continuationUs = 0;
  let sampledUs = 0;
  let totalUs = 0;
  for (const thread of threads) {
    const a = scripts.get(thread) ?? [];
    const b = continuations.get(thread) ?? [];
    const c = sampled.get(thread) ?? [];
    const all = mergeIntervals([...a, ...b, ...c]);
    intervals.set(thread, all);
    scriptUs += totalLength(a);
    continuationUs += totalLength(b);
    sampledUs += totalLength(c);
    totalUs += totalLength(all);
  }
  const phases: Record<string, number> = {};
  for (const [thread, merged] of intervals) {
    const list = tasks.get(thread) ?? [];
    const started = kinds.get(thread) ?? new Map<number, string>();
    let inTasks = 0;
    started.forEach((kind, i) => {
      const t = list[i] as TraceEvent;
      const ms = overlap(span(t), merged) / 1000;
      phases[kind] = (phases[kind] ?? 0) + ms;
      inTasks += ms;
    });
    const rest = totalLength(merged) / 1000 - inTasks;
    if (rest > 1e-9) phases.other = (phases.other ?? 0) + rest;
  }
  const longTasks: ExtensionCost['longTasks'] = [];
  for (const [thread, list] of tasks) {
    for (const e of list) {
      if ((e.dur ?? 0) <= LONG_TASK_US) continue;
      if (options.window && !clip(span(e), options.window)) continue;
      const ext = overlap(span(e), intervals.get(thread) ?? []);
      if (ext > 0) longTasks.push({ ts: e.ts, durMs: (e.dur ?? 0) / 1000, extensionMs: ext / 1000 });
    }
  }
  longTasks.sort((a, b) => a.ts - b.ts);
  return {
    scriptEventsMs: scriptUs / 1000,
    continuationsMs: continuationUs / 1000,
    sampledMs: sampledUs / 1000,
    totalMs: totalUs / 1000,
    byEvent,
    longTasks,
    phases,
    intervals,
  };
}

/** Extension time per consecutive window of `windowMs` starting at `from` (for idle cost per 10 s). */
export function costPerWindow(cost: ExtensionCost, from: number, windowMs: number, count: number): number[] {
  const all = mergeIntervals([...cost.intervals.values()].flat());
  return Array.from({ length: count }, (_, i) => {
    const a = from + i * windowMs * 1000;
    return overlap([a, a + windowMs * 1000], all) / 1000;
  });
}
