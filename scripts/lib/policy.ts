import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where Debian's Chromium reads mandatory policies; the suite owns only this one file. */
export const POLICY_FILE = '/etc/chromium/policies/managed/streamwise-test.json';
/** Which process wrote POLICY_FILE, so a later run can tell a leftover from a policy in use. */
const OWNER_FILE = path.join(os.tmpdir(), 'streamwise-e2e-policy.pid');

/** Writes a managed-storage policy for one extension; Chromium reads it at start-up. */
export function writeExtensionPolicy(extensionId: string, policy: Record<string, unknown>): string {
  mkdirSync(path.dirname(POLICY_FILE), { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2),
  );
  writeFileSync(OWNER_FILE, String(process.pid));
  return POLICY_FILE;
}

export function removeExtensionPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  rmSync(OWNER_FILE, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes a policy file left by a run that died before its close(); leaves one a live run is using. */
export function removeStalePolicy(): void {
  if (!existsSync(POLICY_FILE)) return;
  const owner = existsSync(OWNER_FILE) ? Number(readFileSync(OWNER_FILE, 'utf8')) : NaN;
  if (Number.isInteger(owner) && isAlive(owner)) return;
  removeExtensionPolicy();
}
