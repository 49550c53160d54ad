// Builds and zips the store packages twice from clean (`rm -rf .output`, then `npm run zip`), keeps
// each run's zips under artifacts/repro/run-N/, and compares them byte for byte. The two runs use
// different time zones, so a timestamp that leaks the local time fails the check too.
// Prints each zip's sha256 and size; exits 1 when any zip differs (and lists the differing entries).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = path.join(root, '.output');
const reproDir = path.join(root, 'artifacts', 'repro');
const RUNS = [
  { name: 'run-1', tz: 'UTC' },
  { name: 'run-2', tz: 'Pacific/Auckland' },
];

function zipOnce({ name, tz }) {
  rmSync(outputDir, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'zip'], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`check-reproducible: \`npm run zip\` failed in ${name} (exit ${result.status})`);
    process.exit(1);
  }
  const dest = path.join(reproDir, name);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const zips = readdirSync(outputDir)
    .filter((f) => f.endsWith('.zip'))
    .sort();
  for (const zip of zips) copyFileSync(path.join(outputDir, zip), path.join(dest, zip));
  console.log(`${name} (TZ=${tz}): ${zips.length} zips in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dest, zips };
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Entry name → "crc32/size/date" for every entry, to say what differs between two zips. */
async function entries(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const map = new Map();
  for (const [name, entry] of Object.entries(zip.files)) {
    const bytes = entry.dir ? new Uint8Array() : await entry.async('uint8array');
    map.set(
      name,
      `${createHash('sha256').update(bytes).digest('hex').slice(0, 12)} ${bytes.length} B ${entry.date.toISOString()}`,
    );
  }
  return map;
}

const [a, b] = RUNS.map(zipOnce);
let ok = a.zips.length > 0 && a.zips.join() === b.zips.join();
if (!ok) console.error(`zip sets differ or are empty: [${a.zips.join(', ')}] vs [${b.zips.join(', ')}]`);

for (const zip of a.zips) {
  const fileA = path.join(a.dest, zip);
  const fileB = path.join(b.dest, zip);
  const [hashA, hashB] = [sha256(fileA), b.zips.includes(zip) ? sha256(fileB) : '(missing)'];
  const same = hashA === hashB;
  ok &&= same;
  console.log(`${same ? 'same' : 'DIFF'}  ${zip}  ${statSync(fileA).size} B  sha256 ${hashA}`);
  if (same) continue;
  console.log(`      run-2: sha256 ${hashB}`);
  if (!b.zips.includes(zip)) continue;
  const [ea, eb] = await Promise.all([entries(fileA), entries(fileB)]);
  for (const name of [...new Set([...ea.keys(), ...eb.keys()])].sort()) {
    if (ea.get(name) !== eb.get(name)) {
      console.log(`      ${name}: ${ea.get(name) ?? '(absent)'} vs ${eb.get(name) ?? '(absent)'}`);
    }
  }
}

if (ok) console.log('check-reproducible: OK, both clean builds gave byte-identical zips');
else {
  console.log('check-reproducible: FAILED');
  console.log(
    '(If a differing entry is a source file in the sources zip, it was edited during the check: rerun.)',
  );
}
process.exit(ok ? 0 : 1);
