import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { slimContentScriptBuild } from './scripts/slim-content-script';
import { normalizeZip, stripManifestKey, assertStoreManifest } from './scripts/normalize-zip';
import { registry } from './content/sites/index';
import { validateRegistry } from './utils/validate-registry';
import { regions } from './content/regions/index';
import * as tips from './content/tips';
import { validateContent } from './utils/validate-content';
import { buildHostIndex, buildSiteIndex } from './utils/site-index';
import { registryExcludePatterns, registryMatchPatterns } from './utils/match-patterns';

// The registry is checked every time the config loads, so a bad entry fails `wxt build`
// (and `wxt` dev) with a message naming the site and the field.
const report = validateRegistry(registry);
for (const warning of report.warnings) console.warn(`[registry] warning: ${warning}`);
if (report.errors.length > 0) {
  throw new Error(`Invalid registry entries:\n  - ${report.errors.join('\n  - ')}`);
}
const content = validateContent(regions, tips); // reporting lines and tips, e.g. a malformed emergency number
if (content.errors.length > 0) throw new Error(`Invalid content:\n  - ${content.errors.join('\n  - ')}`);
const siteIndex = buildSiteIndex(registry);

/** Public half of the dev/test signing key (base64 DER SubjectPublicKeyInfo); no private key exists. */
const DEV_PUBLIC_KEY = readFileSync(new URL('./assets/dev-key.pub.txt', import.meta.url), 'utf8').trim();
/** Firefox add-on ID (AMO): fixed for the life of the listing. */
const GECKO_ID = 'streamwise@streamwise-extension.org';
/** Rendered from assets/icon.svg by scripts/generate-icons.mjs (the build:before hook). */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    icons: ICONS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: first Firefox with built-in data-consent (data_collection_permissions); also the ESR.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chromium (Chrome, Edge): dev/test builds get a fixed ID from this public key; the zip hooks
          // below strip it from store packages. Firefox takes its ID from gecko.id instead.
          key: DEV_PUBLIC_KEY,
          // Admin policy schema (public/managed_schema.json). Firefox reads policies without one.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  zip: {
    // The Firefox sources zip (for AMO review): everything needed to rebuild, nothing generated.
    // WXT already leaves out node_modules, dotfiles/dirs (.output, .wxt, .git) and *.test.* files.
    excludeSources: [
      'artifacts/**',
      'coverage/**',
      'public/icon/**',
      'stats.html',
      '**/*.log',
      '**/*.zip',
      '**/*.pem',
      '**/*.key',
    ],
  },
  vite: () => ({
    define: { __STREAMWISE_SITE_INDEX__: JSON.stringify(buildHostIndex(registry)) },
  }),
  hooks: {
    // PNG icons are build output, rendered from the SVG before every build, zip and dev start.
    // Imported here, not at the top, so `wxt prepare` (postinstall) never loads resvg's native binary.
    'build:before': async () => {
      const { generateIcons } = await import('./scripts/generate-icons.mjs');
      await generateIcons();
    },
    // Store packages: no dev `key`, sorted entries, fixed timestamps (byte-identical rebuilds).
    'zip:extension:done': async (wxt, zipPath) => {
      await normalizeZip(zipPath, {
        compressionLevel: wxt.config.zip.compressionLevel,
        transformText: (name, text) => (name === 'manifest.json' ? stripManifestKey(text) : undefined),
      });
      await assertStoreManifest(zipPath);
    },
    'zip:sources:done': async (wxt, zipPath) => {
      await normalizeZip(zipPath, { compressionLevel: wxt.config.zip.compressionLevel });
    },
    // The content script's bundle has a size budget: see scripts/slim-content-script.ts.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.some((e) => e.type === 'content-script')) slimContentScriptBuild(viteConfig);
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
