import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSourceMap, type RawSourceMap, type SourceMapLookup } from './sourcemap';
import type { FunctionCost } from './trace';

export interface NamedCost {
  /** The minified function and position, as profiled. */
  fn: string;
  /** Where it comes from, via the build's hidden source map: `source:line` and that line's code. */
  source?: string;
  selfMs: number;
  totalMs: number;
}

/** Adds original names and positions to per-function costs, reading `<file>.map` next to each script. */
export function symbolicate(costs: readonly FunctionCost[], extensionDir: string): NamedCost[] {
  const maps = new Map<string, SourceMapLookup | undefined>();
  const lookup = (url: string): SourceMapLookup | undefined => {
    const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (!maps.has(file)) {
      const mapFile = path.join(extensionDir, `${file}.map`);
      maps.set(
        file,
        existsSync(mapFile)
          ? parseSourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap)
          : undefined,
      );
    }
    return maps.get(file);
  };
  return costs.map((c) => {
    const { url, lineNumber, columnNumber } = c.frame;
    const map = url ? lookup(url) : undefined;
    const pos = map?.original((lineNumber ?? 0) + 1, columnNumber ?? 0);
    const code = pos?.lineText?.trim();
    const source = pos
      ? `${pos.source.replace(/^node_modules\//, '')}:${pos.line}${code && code.length <= 100 ? ` ${code}` : ''}`
      : undefined;
    return { fn: c.fn, source, selfMs: c.selfMs, totalMs: c.totalMs };
  });
}

/** Sums per-function costs over several loads and divides by the number of loads (mean per load). */
export function meanCosts(perLoad: readonly (readonly FunctionCost[])[]): FunctionCost[] {
  const sum = new Map<string, FunctionCost>();
  for (const costs of perLoad) {
    for (const c of costs) {
      const s = sum.get(c.fn);
      if (s) {
        s.selfMs += c.selfMs;
        s.totalMs += c.totalMs;
      } else sum.set(c.fn, { ...c });
    }
  }
  const n = Math.max(1, perLoad.length);
  return [...sum.values()]
    .map((c) => ({ ...c, selfMs: c.selfMs / n, totalMs: c.totalMs / n }))
    .sort((a, b) => b.selfMs - a.selfMs);
}
