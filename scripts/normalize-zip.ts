// Makes WXT's zips reproducible and store-clean. Called from wxt.config.ts's `zip:*:done` hooks.
//
// WXT 0.20 zips with JSZip, which stamps every entry (and every folder it creates) with the current
// time and adds files in directory-listing order. Rewriting the finished zip with sorted entries and
// one fixed timestamp makes two builds of the same sources byte-identical (checked by
// scripts/check-reproducible.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** 2000-01-01T00:00:00Z unless SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) says otherwise. */
export function zipTimestamp(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    const seconds = Number(epoch);
    // DOS timestamps start in 1980; earlier dates cannot be stored.
    if (!Number.isInteger(seconds) || seconds < 315_532_800) {
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds from 1980 on, got ${JSON.stringify(epoch)}`);
    }
    return new Date(seconds * 1000);
  }
  return new Date(Date.UTC(2000, 0, 1));
}

export interface NormalizeZipOptions {
  /** DEFLATE level, 0 = store (WXT's `zip.compressionLevel`, default 9). */
  compressionLevel?: number;
  date?: Date;
  /** Rewrites one entry's text; return undefined to keep it. */
  transformText?: (name: string, text: string) => string | undefined;
}

/** Rewrites the zip at `zipPath` in place: entries sorted by name, one timestamp, same bytes every run. */
export async function normalizeZip(zipPath: string, options: NormalizeZipOptions = {}): Promise<void> {
  const { compressionLevel = 9, date = zipTimestamp(), transformText } = options;
  const source = await JSZip.loadAsync(await readFile(zipPath));
  const out = new JSZip();
  // Plain code-unit order, not localeCompare: the order must not depend on the machine's locale.
  const names = Object.keys(source.files).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const entry = source.files[name];
    if (!entry) continue;
    if (entry.dir) {
      out.file(name, null, { dir: true, date, createFolders: false });
      continue;
    }
    let content: Uint8Array | string = await entry.async('uint8array');
    if (transformText) {
      const replaced = transformText(name, new TextDecoder().decode(content));
      if (replaced !== undefined) content = replaced;
    }
    out.file(name, content, { date, createFolders: false, binary: typeof content !== 'string' });
  }
  const bytes = await out.generateAsync({
    type: 'nodebuffer',
    platform: 'DOS',
    ...(compressionLevel === 0
      ? { compression: 'STORE' as const }
      : { compression: 'DEFLATE' as const, compressionOptions: { level: compressionLevel } }),
  });
  await writeFile(zipPath, bytes);
}

/**
 * manifest.json text without the dev-only `key`: the Chrome Web Store and Edge Add-ons assign the
 * store ID themselves and refuse a package that carries a `key`.
 */
export function stripManifestKey(text: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  if (!('key' in manifest)) return text;
  delete manifest.key;
  return text.includes('\n') ? `${JSON.stringify(manifest, null, 2)}\n` : JSON.stringify(manifest);
}

/** Throws unless the zip's manifest.json is store-clean (no `key`). */
export async function assertStoreManifest(zipPath: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const file = zip.file('manifest.json');
  if (!file) throw new Error(`${zipPath} has no manifest.json`);
  const manifest = JSON.parse(await file.async('string')) as Record<string, unknown>;
  if ('key' in manifest) throw new Error(`${zipPath}: manifest.json still has the dev-only "key"`);
}
