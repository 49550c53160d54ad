import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/bench/args';
import { decodeVlq, parseSourceMap } from '../../scripts/bench/sourcemap';
import { median, p95, pairedDifferences, pairedRatios, quantile, summarize } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it('interpolates quantiles between closest ranks (type 7)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const oneToTwenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(p95(oneToTwenty)).toBeCloseTo(19.05);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
  });

  it('returns NaN for no values and rejects p outside [0, 1]', () => {
    expect(median([])).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('summarizes finite values only', () => {
    expect(summarize([1, 2, 3, NaN])).toEqual({ n: 3, median: 2, p95: 2.9, mean: 2, min: 1, max: 3 });
    expect(summarize([]).n).toBe(0);
  });

  it('pairs differences and ratios, dropping incomplete pairs', () => {
    const pairs = [
      { with: 12, without: 10 },
      { with: 5, without: undefined },
      { with: 9, without: 10 },
      { with: 3, without: 0 },
    ];
    expect(pairedDifferences(pairs)).toEqual([2, -1, 3]);
    expect(pairedRatios(pairs)).toEqual([1.2, 0.9]);
  });
});

describe('bench source maps', () => {
  it('decodes base64 VLQ', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
    expect(decodeVlq('2HwBE')).toEqual([123, 24, 2]);
  });

  it('maps a generated position to the closest preceding segment', () => {
    // Line 1: col 0 → a.ts 1:0 (name "outer"); col 10 → a.ts 3:2 (name "inner"). Line 2: col 4 → b.ts 1:0.
    const map = parseSourceMap({
      sources: ['../a.ts', 'b.ts'],
      sourcesContent: ['function outer() {\n\n  inner();', null],
      names: ['outer', 'inner'],
      mappings: 'AAAAA,UAEEC;ICFF',
    });
    expect(map.original(1, 0)).toEqual({
      source: 'a.ts',
      line: 1,
      column: 0,
      name: 'outer',
      lineText: 'function outer() {',
    });
    expect(map.original(1, 15)).toMatchObject({
      source: 'a.ts',
      line: 3,
      name: 'inner',
      lineText: '  inner();',
    });
    expect(map.original(2, 4)).toEqual({
      source: 'b.ts',
      line: 1,
      column: 0,
      name: undefined,
      lineText: undefined,
    });
    expect(map.original(2, 0)).toBeUndefined();
    expect(map.original(9, 0)).toBeUndefined();
  });
});

describe('bench options', () => {
  it('defaults to N=20 and a 30 s idle window; --quick makes a short smoke run', () => {
    expect(parseArgs([])).toMatchObject({
      n: 20,
      idleSeconds: 30,
      navigations: 50,
      quick: false,
      writeDoc: true,
    });
    expect(parseArgs(['--quick'])).toMatchObject({ n: 3, quick: true, writeDoc: false });
    expect(parseArgs(['--quick', '--n', '5']).n).toBe(5);
    expect(parseArgs(['--n=7', '--no-build', '--strict'])).toMatchObject({
      n: 7,
      build: false,
      strict: true,
    });
  });

  it('rejects unknown options and bad numbers', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--n', '0'])).toThrow(/positive integer/);
  });
});
