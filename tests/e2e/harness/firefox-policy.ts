import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firefoxPath } from './firefox';

/**
 * Firefox enterprise policy for the tests: a real `policies.json` in the `distribution` folder next to
 * the Firefox program (Debian: /usr/lib/firefox-esr/distribution, a link to /usr/share/firefox-esr/
 * distribution), read once at start-up. Firefox ESR honours no per-profile location outside automation
 * builds (`browser.policies.alternatePath` needs Cu.isInAutomation or Nightly), so the file is
 * machine-wide: write it before launch and remove it after, under the suite's lock.
 */
export function firefoxPoliciesFile(executable = firefoxPath()): string {
  // /usr/bin/firefox-esr is a link to /usr/lib/firefox-esr/firefox-esr on Debian.
  return path.join(path.dirname(realpathSync(executable)), 'distribution', 'policies.json');
}

const OWNER_FILE = path.join(os.tmpdir(), 'streamwise-e2e-firefox-policy.pid');

/** Writes `{ "policies": … }` where Firefox reads it; refuses to overwrite a policies.json it did not write. */
export function writeFirefoxPolicies(
  policies: Record<string, unknown>,
  file = firefoxPoliciesFile(),
): string {
  if (existsSync(file) && !existsSync(OWNER_FILE)) {
    throw new Error(`${file} exists and was not written by the tests: move it away before running them.`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ policies }, null, 2));
  writeFileSync(OWNER_FILE, String(process.pid));
  return file;
}

export function removeFirefoxPolicies(file = firefoxPoliciesFile()): void {
  if (!existsSync(OWNER_FILE)) return;
  rmSync(file, { force: true });
  rmSync(OWNER_FILE, { force: true });
}
