/**
 * Chrome trace parsing for the benchmark: pure functions over the events CDP `Tracing` reports.
 * Times in trace events are microseconds; everything returned here is in milliseconds unless named `Us`.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

/** [start, end) in trace microseconds. */
export type Interval = readonly [number, number];

export const EXTENSION_PREFIX = 'chrome-extension://';

/**
 * Script events that carry the script they run: evaluation, compilation and calls into functions.
 * `v8.callFunction` and `v8.run` name the world they run in (worldId) rather than always a URL.
 */
export const SCRIPT_EVENTS: ReadonlySet<string> = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'v8.callFunction',
  'v8.produceCache',
  'v8.produceModuleCache',
  'v8.deserializeCode',
]);

/** Main-thread tasks; a long task is one over 50 ms. */
export const TASK_EVENT = 'RunTask';
export const LONG_TASK_US = 50_000;

const key = (pid: number, tid: number): string => `${pid}:${tid}`;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The script URL an event names, if any (args.data.url, args.fileName, or the top stack frame). */
export function scriptUrl(event: TraceEvent): string | undefined {
  const args = record(event.args);
  const data = record(args?.data);
  const stack = data?.stackTrace;
  const top = Array.isArray(stack) ? record(stack[0]) : undefined;
  return str(data?.url) || str(args?.fileName) || str(top?.url) || undefined;
}

function worldId(event: TraceEvent): number | undefined {
  const id = record(event.args)?.worldId;
  return typeof id === 'number' ? id : undefined;
}

/** Threads named CrRendererMain: the main threads of pages (service workers run elsewhere). */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const threads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && record(e.args)?.name === 'CrRendererMain') {
      threads.add(key(e.pid, e.tid));
    }
  }
  return threads;
}

/** `pid:worldId` of every V8 world in which an extension script was run or compiled. */
export function extensionWorlds(events: readonly TraceEvent[], prefix = EXTENSION_PREFIX): Set<string> {
  const worlds = new Set<string>();
  for (const e of events) {
    const world = worldId(e);
    if (world !== undefined && world !== 0 && scriptUrl(e)?.startsWith(prefix)) {
      worlds.add(`${e.pid}:${world}`);
    }
  }
  return worlds;
}

/**
 * A complete ('X') script event whose URL is the extension's, or which runs in an extension's world:
 * one seen running an extension script in this trace (`pid:worldId`), or one named in `worldNames`
 * (the isolated world's name, as CDP `Runtime.executionContextCreated` reports it).
 */
export function isExtensionScriptEvent(
  event: TraceEvent,
  worlds: ReadonlySet<string>,
  prefix = EXTENSION_PREFIX,
  worldNames: ReadonlySet<string> = new Set(),
): boolean {
  if (event.ph !== 'X' || !SCRIPT_EVENTS.has(event.name)) return false;
  if (scriptUrl(event)?.startsWith(prefix)) return true;
  const world = worldId(event);
  if (world === undefined || world === 0) return false;
  const name = str(record(event.args)?.worldName);
  return worlds.has(`${event.pid}:${world}`) || (name !== undefined && worldNames.has(name));
}

/** Sorted, merged intervals (overlaps and touching intervals joined). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** The parts of `from` not covered by `remove`. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const cut = mergeIntervals(remove);
  const out: Interval[] = [];
  for (const [a, b] of mergeIntervals(from)) {
    let start = a;
    for (const [c, d] of cut) {
      if (d <= start || c >= b) continue;
      if (c > start) out.push([start, c]);
      start = Math.max(start, d);
    }
    if (start < b) out.push([start, b]);
  }
  return out;
}

export function totalLength(intervals: readonly Interval[]): number {
  return mergeIntervals(intervals).reduce((sum, [a, b]) => sum + (b - a), 0);
}

/** Length of the overlap between a span and a set of merged intervals. */
export function overlap(span: Interval, merged: readonly Interval[]): number {
  let sum = 0;
  for (const [a, b] of merged) {
    const lo = Math.max(a, span[0]);
    const hi = Math.min(b, span[1]);
    if (hi > lo) sum += hi - lo;
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------
// CPU profile samples (category disabled-by-default-v8.cpu_profiler)

export interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileNode {
  callFrame: CallFrame;
  parent?: number;
}

export interface Sample {
  /** Thread key `pid:tid` of the profiled thread. */
  thread: string;
  ts: number;
  dur: number;
  /** Call frames from the root to the leaf. */
  stack: CallFrame[];
}

/** Longest time one sample may stand for: longer gaps mean the thread was not sampled (idle or descheduled). */
export const MAX_SAMPLE_US = 2_000;

/**
 * Samples from the V8 CPU profiles in a trace. A `Profile` event (pid/tid of the profiled thread)
 * starts a profile; `ProfileChunk` events with the same pid and id add nodes, samples and time deltas.
 * A sample stands for the time until the next one (capped at MAX_SAMPLE_US).
 */
export function cpuSamples(events: readonly TraceEvent[]): Sample[] {
  interface Profile {
    thread: string;
    start: number;
    nodes: Map<number, ProfileNode>;
    raw: { ts: number; node: number }[];
  }
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    const data = record(record(e.args)?.data);
    if (e.name === 'Profile' && data) {
      const start = typeof data.startTime === 'number' ? data.startTime : e.ts;
      profiles.set(`${e.pid}:${e.id}`, { thread: key(e.pid, e.tid), start, nodes: new Map(), raw: [] });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    const data = record(record(e.args)?.data);
    if (!profile || !data) continue;
    const cpu = record(data.cpuProfile);
    const nodes = Array.isArray(cpu?.nodes) ? cpu.nodes : [];
    for (const n of nodes) {
      const node = record(n);
      const frame = record(node?.callFrame);
      if (!node || typeof node.id !== 'number' || !frame) continue;
      profile.nodes.set(node.id, {
        callFrame: {
          functionName: str(frame.functionName) ?? '',
          url: str(frame.url),
          lineNumber: typeof frame.lineNumber === 'number' ? frame.lineNumber : undefined,
          columnNumber: typeof frame.columnNumber === 'number' ? frame.columnNumber : undefined,
        },
        parent: typeof node.parent === 'number' ? node.parent : undefined,
      });
    }
    const samples = Array.isArray(cpu?.samples) ? cpu.samples : [];
    const deltas = Array.isArray(data.timeDeltas) ? data.timeDeltas : [];
    let t =
      profile.raw.length > 0 ? (profile.raw[profile.raw.length - 1]?.ts ?? profile.start) : profile.start;
    samples.forEach((node, i) => {
      const delta = deltas[i];
      t += typeof delta === 'number' ? delta : 0;
      if (typeof node === 'number') profile.raw.push({ ts: t, node });
    });
  }
  const out: Sample[] = [];
  for (const profile of profiles.values()) {
    const stacks = new Map<number, CallFrame[]>();
    const stackOf = (id: number): CallFrame[] => {
      const cached = stacks.get(id);
      if (cached) return cached;
      const frames: CallFrame[] = [];
      const seen = new Set<number>();
      for (let cur: number | undefined = id; cur !== undefined && !seen.has(cur);) {
        seen.add(cur);
        const node = profile.nodes.get(cur);
        if (!node) break;
        frames.unshift(node.callFrame);
        cur = node.parent;
      }
      stacks.set(id, frames);
      return frames;
    };
    const raw = [...profile.raw].sort((a, b) => a.ts - b.ts);
    raw.forEach((s, i) => {
      const next = raw[i + 1];
      const dur = next ? Math.min(next.ts - s.ts, MAX_SAMPLE_US) : 0;
      out.push({ thread: profile.thread, ts: s.ts, dur, stack: stackOf(s.node) });
    });
  }
  return out;
}

export function isExtensionFrame(frame: CallFrame, prefix = EXTENSION_PREFIX): boolean {
  return frame.url?.startsWith(prefix) ?? false;
}

/** Per-function cost of the extension's code, from CPU samples. */
export interface FunctionCost {
  /** `name (file:line:col)` with 1-based line and column. */
  fn: string;
  /** The profile's call frame (0-based line and column, as V8 reports them). */
  frame: CallFrame;
  /** Samples whose deepest extension frame is this function (its own time plus native calls it made). */
  selfMs: number;
  /** Samples with this function anywhere on the stack. */
  totalMs: number;
}

function frameLabel(frame: CallFrame): string {
  const file = frame.url?.replace(/^chrome-extension:\/\/[^/]+\//, '') ?? '?';
  const line = (frame.lineNumber ?? -1) + 1;
  const col = (frame.columnNumber ?? -1) + 1;
  return `${frame.functionName || '(anonymous)'} (${file}:${line}:${col})`;
}

export function functionCosts(samples: readonly Sample[], prefix = EXTENSION_PREFIX): FunctionCost[] {
  const costs = new Map<string, { frame: CallFrame; self: number; total: number }>();
  const get = (frame: CallFrame) => {
    const label = frameLabel(frame);
    let c = costs.get(label);
    if (!c) costs.set(label, (c = { frame, self: 0, total: 0 }));
    return c;
  };
  for (const s of samples) {
    const ext = s.stack.filter((f) => isExtensionFrame(f, prefix));
    const deepest = ext[ext.length - 1];
    if (!deepest) continue;
    get(deepest).self += s.dur;
    const onStack = new Map(ext.map((f) => [frameLabel(f), f]));
    for (const frame of onStack.values()) get(frame).total += s.dur;
  }
  return [...costs.entries()]
    .map(([fn, c]) => ({ fn, frame: c.frame, selfMs: c.self / 1000, totalMs: c.total / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

// ---------------------------------------------------------------------------------------------
// Attribution

/** Chromium's extension IPC interfaces: replies to a content script's API calls and its events arrive on these. */
export const EXTENSION_IPC_PREFIX = 'extensions.mojom.';

/** The mojo interface of an IPC receive event (`Receive mojo message` / `Receive mojo reply`), if any. */
export function mojoInterface(event: TraceEvent): string | undefined {
  if (!event.name.startsWith('Receive mojo')) return undefined;
  return str(record(record(event.args)?.chrome_mojo_event_info)?.mojo_interface_tag);
}

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
  /** Merged attributed intervals per thread, for windowing. */
  intervals: Map<string, Interval[]>;
}

export interface AttributionOptions {
  prefix?: string;
  /** Names of the extension's isolated worlds, for traces that start after its script ran. */
  worldNames?: ReadonlySet<string>;
  /** Only count time inside [from, to) (trace microseconds). */
  window?: Interval;
}

function clip(interval: Interval, window?: Interval): Interval | undefined {
  if (!window) return interval;
  const a = Math.max(interval[0], window[0]);
  const b = Math.min(interval[1], window[1]);
  return b > a ? [a, b] : undefined;
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
  const markers = new Map<string, number[]>();
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
    else if (mojoInterface(e)?.startsWith(EXTENSION_IPC_PREFIX)) add(markers, thread, e.ts);
    else if (e.name === 'v8.callFunction' && worldId(e) === 0) add(pageCalls, thread, span(e));
    if (!isExtensionScriptEvent(e, worlds, prefix, options.worldNames)) continue;
    if (e.name === 'EvaluateScript') add(markers, thread, e.ts);
    const interval = clip(span(e), options.window);
    if (!interval) continue;
    push(scripts, thread, interval);
    byEvent[e.name] = (byEvent[e.name] ?? 0) + (interval[1] - interval[0]) / 1000;
  }
  for (const [thread, list] of tasks) {
    list.sort((a, b) => a.ts - b.ts);
    const started = new Set<number>();
    for (const t of markers.get(thread) ?? []) {
      const i = enclosing(list, t);
      if (i >= 0) started.add(i);
    }
    const own = (microtasks.get(thread) ?? []).filter((m) => started.has(enclosing(list, m.ts))).map(span);
    // Page callbacks that run in the same checkpoint (a MutationObserver seeing the panel arrive) are the page's.
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
