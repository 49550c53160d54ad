/**
 * Just enough of Source Map v3 to name the original function behind a minified position in a CPU
 * profile: a VLQ decoder and a lookup. Pure functions.
 */

export interface RawSourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  names?: string[];
  mappings: string;
  sourceRoot?: string;
}

export interface OriginalPosition {
  source: string;
  /** 1-based. */
  line: number;
  /** 0-based, as in source maps. */
  column: number;
  name?: string;
  /** The original line's text, when the map carries the sources. */
  lineText?: string;
}

interface Segment {
  genColumn: number;
  source?: number;
  line?: number;
  column?: number;
  name?: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ values. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character ${JSON.stringify(c)}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  return mappings.split(';').map((lineText) => {
    let genColumn = 0;
    const segments: Segment[] = [];
    for (const text of lineText.split(',')) {
      if (!text) continue;
      const v = decodeVlq(text);
      genColumn += v[0] ?? 0;
      const seg: Segment = { genColumn };
      if (v.length >= 4) {
        source += v[1] ?? 0;
        line += v[2] ?? 0;
        column += v[3] ?? 0;
        Object.assign(seg, { source, line, column });
        if (v.length >= 5) {
          name += v[4] ?? 0;
          seg.name = name;
        }
      }
      segments.push(seg);
    }
    return segments.sort((a, b) => a.genColumn - b.genColumn);
  });
}

export interface SourceMapLookup {
  /** Original position of a generated one (line 1-based, column 0-based), or undefined. */
  original(line: number, column: number): OriginalPosition | undefined;
}

export function parseSourceMap(map: RawSourceMap): SourceMapLookup {
  const lines = decodeMappings(map.mappings);
  const texts = new Map<number, string[]>();
  const lineText = (source: number, line: number): string | undefined => {
    const content = map.sourcesContent?.[source];
    if (typeof content !== 'string') return undefined;
    let split = texts.get(source);
    if (!split) texts.set(source, (split = content.split('\n')));
    return split[line];
  };
  return {
    original(line, column) {
      const segments = lines[line - 1];
      if (!segments) return undefined;
      let found: Segment | undefined;
      for (const seg of segments) {
        if (seg.genColumn > column) break;
        found = seg;
      }
      if (!found || found.source === undefined || found.line === undefined) return undefined;
      return {
        source: (map.sources[found.source] ?? '?').replace(/^(\.\.\/)+/, ''),
        line: found.line + 1,
        column: found.column ?? 0,
        name: found.name !== undefined ? map.names?.[found.name] : undefined,
        lineText: lineText(found.source, found.line),
      };
    },
  };
}
