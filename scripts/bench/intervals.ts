/** Time intervals in trace microseconds: merging, subtracting, measuring. Pure. */

/** [start, end) in trace microseconds. */
export type Interval = readonly [number, number];

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

/** The part of an interval inside a window (or the interval itself without one). */
export function clip(interval: Interval, window?: Interval): Interval | undefined {
  if (!window) return interval;
  const a = Math.max(interval[0], window[0]);
  const b = Math.min(interval[1], window[1]);
  return b > a ? [a, b] : undefined;
}
