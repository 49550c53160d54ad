// Runs before `npm start` and `npm test`: checks, in well under a second, everything they need outside
// node_modules (a missing Firefox used to surface 8 minutes into `npm test`), then installs node_modules
// when missing or stale. No skipping and no CI exception: a miss names the fix and exits non-zero.
import { execSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CHROMIUM, DEFAULT_FIREFOX, prerequisiteMessages } from './lib/prerequisites.mjs';

const root = join(import.meta.dirname, '..');

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
const at = (path) => ({ path, ok: executable(path) });
const runs = (command, args) => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 5000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
};
// npm names itself in npm_config_user_agent (`npm/11.4.2 node/v20.19.1 …`) when it runs this script.
const npmFromAgent = /(?:^|\s)npm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];

const messages = prerequisiteMessages({
  node: process.version,
  npm: npmFromAgent ?? runs('npm', ['--version']),
  chromium: at(process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM),
  firefox: at(process.env.FIREFOX_PATH || DEFAULT_FIREFOX),
  openssl: runs('openssl', ['version']) !== undefined,
  root: process.getuid?.() === 0,
});
if (messages.length > 0) {
  console.error(
    `Streamwise cannot run ${process.env.npm_lifecycle_event?.replace(/^pre/, 'npm ') ?? 'yet'}:`,
  );
  for (const line of messages) console.error(line);
  process.exit(1);
}

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
