import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { registry } from './content/sites/index';
import { validateRegistry } from './utils/validate-registry';
import { buildSiteIndex } from './utils/site-index';
import { registryExcludePatterns, registryMatchPatterns } from './utils/match-patterns';

// The registry is checked every time the config loads, so a bad entry fails `wxt build`
// (and `wxt` dev) with a message naming the site and the field.
const report = validateRegistry(registry);
for (const warning of report.warnings) console.warn(`[registry] warning: ${warning}`);
if (report.errors.length > 0) {
  throw new Error(`Invalid registry entries:\n  - ${report.errors.join('\n  - ')}`);
}
const siteIndex = buildSiteIndex(registry);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Streamwise',
    description:
      'Privacy settings, family tools and reporting links for the live-streaming and social sites children use.',
    permissions: ['storage'],
    action: { default_title: 'Streamwise' },
  },
  vite: () => ({
    define: { __STREAMWISE_SITE_INDEX__: JSON.stringify(siteIndex) },
  }),
  hooks: {
    // The content script calls only promise-based APIs both browsers have natively, so it skips
    // the polyfill that every other entrypoint gets from the module above.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const nativeBrowser = fileURLToPath(new URL('./utils/native-browser.ts', import.meta.url));
      const alias = viteConfig.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...entries],
      };
    },
    // Content-script matches come from the registry, never from a hand-kept list.
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      if (scripts.length !== 1) throw new Error(`expected one content script, found ${scripts.length}`);
      const [script] = scripts;
      if (!script) return;
      script.matches = registryMatchPatterns(siteIndex);
      const excludes = registryExcludePatterns(siteIndex);
      if (excludes.length > 0) script.exclude_matches = excludes;
      else delete script.exclude_matches;
    },
  },
});
