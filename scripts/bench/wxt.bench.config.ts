/**
 * The benchmark's build: the project's own config with three changes that leave the JS byte-identical.
 * - Output in .output/bench, so a benchmark run never races a concurrent `npm run build`.
 * - Hidden source maps (no sourceMappingURL comment), so CPU profiles can name the original functions.
 * - No manifest `key`: the extension gets its own ID, so the managed-storage policy file the E2E suite
 *   writes for the dev ID (a machine-wide file, /etc/chromium/policies/managed) cannot reach it mid-run.
 * Used as `wxt build -c scripts/bench/wxt.bench.config.ts`.
 */
import type { UserConfig } from 'wxt';
import base from '../../wxt.config';

const baseVite = base.vite;
const baseManifest = base.manifest;

const config: UserConfig = {
  ...base,
  outDir: '.output/bench',
  manifest: async (env) => {
    const manifest = typeof baseManifest === 'function' ? await baseManifest(env) : { ...baseManifest };
    delete (manifest as { key?: string }).key;
    return manifest;
  },
  vite: async (env) => {
    const vite = (await baseVite?.(env)) ?? {};
    return { ...vite, build: { ...vite.build, sourcemap: 'hidden' } };
  },
};

export default config;
