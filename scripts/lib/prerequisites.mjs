// What `npm test` and `npm start` need outside node_modules, and the lines that install what is missing.
// Pure: scripts/ensure-deps.mjs looks around and passes in what it found.

export const MIN_NODE = '20.19.0';
/** wxt 0.20 pulls Vite 8, whose lockfile needs npm 11. */
export const MIN_NPM_MAJOR = 11;
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

const INSTALL_NODE = 'nvm install 20   # or any Node >= 20.19 (with its npm) from https://nodejs.org/';

const BROWSERS = [
  {
    key: 'chromium',
    name: 'Chromium',
    fallback: DEFAULT_CHROMIUM,
    pkg: 'chromium',
    variable: 'CHROMIUM_PATH',
  },
  {
    key: 'firefox',
    name: 'Firefox ESR',
    fallback: DEFAULT_FIREFOX,
    pkg: 'firefox-esr',
    variable: 'FIREFOX_PATH',
  },
];

/** `v20.19.1`, `11.4.2` → [20, 19, 1]; anything else → undefined. */
export function parseVersion(text) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(text ?? '').trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function atLeast(version, minimum) {
  for (let i = 0; i < 3; i += 1) if (version[i] !== minimum[i]) return version[i] > minimum[i];
  return true;
}

/**
 * One line per problem with what was found, then the commands that fix them (all missing Debian packages
 * in one `apt-get install` line). An empty list means everything is there.
 * `found`: { node, npm, chromium: { path, ok }, firefox: { path, ok }, openssl, root }.
 */
export function prerequisiteMessages(found) {
  const problems = [];
  const packages = [];
  const commands = [];
  const node = parseVersion(found.node);
  if (!node || !atLeast(node, parseVersion(MIN_NODE))) {
    problems.push(
      `Node ${found.node || '(unknown)'} is too old: Streamwise needs Node ${MIN_NODE} or newer.`,
    );
    commands.push(INSTALL_NODE);
  }
  const npm = parseVersion(found.npm);
  if (!found.npm) {
    problems.push('npm was not found.');
    if (!commands.includes(INSTALL_NODE)) commands.push(INSTALL_NODE);
  } else if (!npm || npm[0] < MIN_NPM_MAJOR) {
    problems.push(`npm ${found.npm} is too old: the lockfile needs npm ${MIN_NPM_MAJOR} or newer.`);
    commands.push(`npm install -g npm@${MIN_NPM_MAJOR}`);
  }
  for (const { key, name, fallback, pkg, variable } of BROWSERS) {
    const where = found[key];
    if (where.ok) continue;
    if (where.path === fallback) {
      problems.push(
        `${name} was not found at ${fallback}: the real-browser tests need it (or set ${variable}).`,
      );
      packages.push(pkg);
    } else {
      problems.push(
        `${name} was not found at ${where.path} (from ${variable}): point it at ${name}, or unset it.`,
      );
    }
  }
  if (!found.openssl) {
    problems.push('openssl was not found: the tests make a throw-away HTTPS certificate with it.');
    packages.push('openssl');
  }
  if (packages.length > 0)
    commands.unshift(`${found.root ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`);
  if (problems.length === 0) return [];
  const fix =
    commands.length > 1
      ? 'Fix it with these, then run the command again:'
      : 'Fix it, then run the command again:';
  return [
    ...problems.map((p) => `✗ ${p}`),
    ...(commands.length > 0 ? ['', fix, ...commands.map((c) => `  ${c}`)] : []),
  ];
}
