import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize {
  files: string[];
  rawBytes: number;
  /** gzip -9, as scripts/check-size.mjs measures it. */
  gzipBytes: number;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
}

const readManifest = (extensionDir: string): Manifest =>
  JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;

function sizeOf(extensionDir: string, files: string[]): ContentScriptSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const raw = readFileSync(path.join(extensionDir, file));
    rawBytes += raw.length;
    gzipBytes += gzipSync(raw, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

/** The content scripts (JS and CSS) the build's manifest injects — the loader — and their sizes. */
export function contentScriptSize(extensionDir: string): ContentScriptSize {
  const files = (readManifest(extensionDir).content_scripts ?? []).flatMap((s) => [
    ...(s.js ?? []),
    ...(s.css ?? []),
  ]);
  return sizeOf(extensionDir, [...new Set(files)]);
}

/** The web-accessible scripts (the full panel the loader imports on open) and their sizes. */
export function webAccessibleScripts(extensionDir: string): string[] {
  const files = (readManifest(extensionDir).web_accessible_resources ?? []).flatMap((r) => r.resources ?? []);
  return [...new Set(files.filter((f) => /\.m?js$/.test(f)))];
}

export function panelSize(extensionDir: string): ContentScriptSize {
  return sizeOf(extensionDir, webAccessibleScripts(extensionDir));
}
