import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize {
  files: string[];
  rawBytes: number;
  /** gzip -9, as scripts/check-size.mjs measures it. */
  gzipBytes: number;
}

/** The content scripts (JS and CSS) the build's manifest injects, and their sizes. */
export function contentScriptSize(extensionDir: string): ContentScriptSize {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = [
    ...new Set((manifest.content_scripts ?? []).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])])),
  ];
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const raw = readFileSync(path.join(extensionDir, file));
    rawBytes += raw.length;
    gzipBytes += gzipSync(raw, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
