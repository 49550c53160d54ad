/**
 * V8 CPU samples in a Chrome trace (category disabled-by-default-v8.cpu_profiler) and the
 * extension's cost per function from them. Pure. Times are microseconds, costs milliseconds.
 */
import {
  EXTENSION_PREFIX,
  key,
  matchesUrl,
  record,
  str,
  type TraceEvent,
  type UrlMatch,
} from './trace-events';

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

export function isExtensionFrame(frame: CallFrame, prefix: UrlMatch = EXTENSION_PREFIX): boolean {
  return matchesUrl(frame.url, prefix);
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

export function functionCosts(
  samples: readonly Sample[],
  prefix: UrlMatch = EXTENSION_PREFIX,
): FunctionCost[] {
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
