/** Summary statistics for the benchmark: pure functions, no I/O. */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * The p-th quantile (0 ≤ p ≤ 1) by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, what numpy and R use by default). NaN for no values.
 */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  if (p < 0 || p > 1) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  const n = finite.length;
  return {
    n,
    median: median(finite),
    p95: p95(finite),
    mean: n === 0 ? NaN : finite.reduce((s, v) => s + v, 0) / n,
    min: n === 0 ? NaN : Math.min(...finite),
    max: n === 0 ? NaN : Math.max(...finite),
  };
}

/** Element-wise with − without for paired samples; pairs where either side is missing are dropped. */
export function pairedDifferences(
  pairs: readonly { with: number | undefined; without: number | undefined }[],
): number[] {
  return pairs.flatMap((p) =>
    p.with !== undefined && p.without !== undefined && Number.isFinite(p.with) && Number.isFinite(p.without)
      ? [p.with - p.without]
      : [],
  );
}

/** Element-wise with / without (e.g. the load-event ratio); pairs with a zero or missing base are dropped. */
export function pairedRatios(
  pairs: readonly { with: number | undefined; without: number | undefined }[],
): number[] {
  return pairs.flatMap((p) =>
    p.with !== undefined && p.without !== undefined && p.without > 0 && Number.isFinite(p.with)
      ? [p.with / p.without]
      : [],
  );
}
