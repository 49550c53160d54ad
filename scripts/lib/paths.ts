import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Fixed places the browser launcher (E2E tests, demo, benchmark) reads from and writes to, all derived
 * from this file's location. The fixture pages stay beside the E2E suites that assert on them.
 */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = path.join(repoRoot, 'tests', 'e2e', 'fixtures');
export const screenshotsDir = path.join(repoRoot, 'artifacts', 'screenshots');

/** The unpacked Chrome build under test; STREAMWISE_EXTENSION_DIR points the suite at another one. */
export function defaultExtensionDir(): string {
  return path.resolve(process.env.STREAMWISE_EXTENSION_DIR || path.join(repoRoot, '.output', 'chrome-mv3'));
}

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}
