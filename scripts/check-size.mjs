// Fails when the loader (the one script injected on registry pages) exceeds its gzip budget in the
// Chrome build; prints its size and the full panel's (imported only when the panel opens).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

// DECISIONS.md, "Budgets": the loader after the panel rebuild, ≤ 4 KB gzip (goal 3 KB).
const LOADER_BUDGET_BYTES = 4 * 1024;
const dir = join(import.meta.dirname, '..', '.output', 'chrome-mv3');

function gzipSize(file) {
  try {
    const raw = readFileSync(join(dir, file));
    return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  } catch {
    console.error(`size check: no ${file} in ${dir}; run the build first`);
    process.exit(1);
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(2);
const loader = gzipSize('loader.js');
const panel = gzipSize('panel.js');
const ok = loader.gzip <= LOADER_BUDGET_BYTES;
console.log(
  `size check: loader.js ${kb(loader.raw)} KB raw, ${kb(loader.gzip)} KB gzip ` +
    `(budget ${LOADER_BUDGET_BYTES / 1024} KB) ${ok ? 'OK' : 'OVER BUDGET'}`,
);
console.log(`size check: panel.js ${kb(panel.raw)} KB raw, ${kb(panel.gzip)} KB gzip (loaded on open only)`);
process.exit(ok ? 0 : 1);
