import JSZip from 'jszip';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { firefoxPath, type FirefoxWithExtension } from './firefox';

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

/**
 * Packs an unpacked Firefox build as an .xpi (a zip with manifest.json at its root) in a new temporary
 * folder, for a policy's `install_url` (`file://…`). Returns the file's path; remove its folder after.
 */
export async function packXpi(extensionDir: string): Promise<string> {
  const zip = new JSZip();
  const add = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) add(full, `${prefix}${entry.name}/`);
      else zip.file(`${prefix}${entry.name}`, readFileSync(full));
    }
  };
  add(extensionDir, '');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'streamwise-e2e-xpi-')), 'streamwise.xpi');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

/**
 * Waits until the add-on a policy force-installs answers at its moz-extension:// origin: its options page
 * renders. Returns that page.
 */
export async function waitForPolicyInstall(ff: FirefoxWithExtension, timeout = 20_000): Promise<Page> {
  const page = await ff.browser.newPage();
  const end = Date.now() + timeout;
  for (;;) {
    // Puppeteer loses navigations into the extension process: start one, then look at the page itself.
    void page.goto(`${ff.extensionOrigin}/options.html`, { timeout }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ready = await page
      .evaluate(() => document.querySelector('main.sw-options fieldset') !== null)
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > end) {
      throw new Error(
        `The add-on the policy force-installs did not answer at ${ff.extensionOrigin} in ${timeout} ms`,
      );
    }
  }
}
