// Renders assets/icon.svg to public/icon/{16,32,48,128}.png with resvg. Deterministic: the same SVG
// and resvg version give byte-identical PNGs, so the PNGs are build output (gitignored), not sources.
// Runs from wxt.config.ts's `build:before` hook (so `wxt build`, `wxt zip` and `wxt` dev all get
// icons) and on its own: `node scripts/generate-icons.mjs`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128];

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Writes one PNG per size into `outDir` and returns the written paths. A file whose bytes are
 * already right is left alone, so repeated builds do not touch it.
 * @param {{ source?: string, outDir?: string }} [options]
 * @returns {Promise<string[]>}
 */
export async function generateIcons({
  source = path.join(repoRoot, 'assets', 'icon.svg'),
  outDir = path.join(repoRoot, 'public', 'icon'),
} = {}) {
  const svg = await readFile(source, 'utf8');
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: size },
      font: { loadSystemFonts: false },
      shapeRendering: 2, // geometricPrecision: anti-aliased edges at 16 px
    })
      .render()
      .asPng();
    const file = path.join(outDir, `${size}.png`);
    const current = await readFile(file).catch(() => undefined);
    if (!current || !current.equals(png)) await writeFile(file, png);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await generateIcons();
  for (const file of files) console.log(`icons: ${path.relative(repoRoot, file)}`);
}
