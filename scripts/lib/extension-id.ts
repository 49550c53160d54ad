import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Chromium's extension ID for a manifest `key` (base64 DER SubjectPublicKeyInfo):
 * SHA-256 of the decoded key, first 32 hex digits, each digit 0-f mapped to a-p.
 */
export function extensionIdFromKey(keyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** The ID an unpacked build will get, known before launch; undefined when its manifest has no `key`. */
export function extensionIdFromManifest(extensionDir: string): string | undefined {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    key?: unknown;
  };
  return typeof manifest.key === 'string' ? extensionIdFromKey(manifest.key) : undefined;
}
