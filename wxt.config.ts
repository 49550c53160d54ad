import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { normalizeZip, stripManifestKey, assertStoreManifest } from './scripts/normalize-zip';
import { registry } from './content/sites/index';
import { validateRegistry } from './utils/validate-registry';
import { regions } from './content/regions/index';
import * as tips from './content/tips';
import { validateContent, validateTranslationFiles } from './utils/validate-content';
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
// Content translations (bundled by content/localized.ts): a malformed file or entry fails the build,
// naming the file and key; a stale or missing one only shows the English.
const translationFiles = Object.fromEntries(
  readdirSync(new URL('./content/translations', import.meta.url), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [
      `content/translations/${name.replaceAll('\\', '/')}`,
      readFileSync(new URL(`./content/translations/${name}`, import.meta.url), 'utf8'),
    ]),
);
const translationErrors = validateTranslationFiles(translationFiles);
if (translationErrors.length > 0) {
  throw new Error(`Invalid content translations:\n  - ${translationErrors.join('\n  - ')}`);
}
const siteIndex = buildSiteIndex(registry);

/** Public half of the dev/test signing key (base64 DER SubjectPublicKeyInfo); no private key exists. */
const DEV_PUBLIC_KEY = readFileSync(new URL('./assets/dev-key.pub.txt', import.meta.url), 'utf8').trim();
/** Firefox add-on ID (AMO): fixed for the life of the listing. */
const GECKO_ID = 'streamwise@streamwise-extension.org';
/**
 * Oldest browsers the in-page script supports (docs/store.md says why): ChromeOS LTS-138, the long-term
 * channel schools certify before LTS-144 and LTS-150; Firefox ESR 140 (also the first with built-in
 * data consent). Nothing the extension calls is newer than these.
 */
const MIN_CHROME = '138';
const MIN_FIREFOX = '140.0';
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
              strict_min_version: MIN_FIREFOX,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chromium (Chrome, Edge): dev/test builds get a fixed ID from this public key; the zip hooks
          // below strip it from store packages. Firefox takes its ID from gecko.id instead.
          key: DEV_PUBLIC_KEY,
          minimum_chrome_version: MIN_CHROME,
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
    // Syntax and CSS as the oldest supported browsers take them, without down-levelling.
    build: { target: [`chrome${MIN_CHROME}`, `firefox${MIN_FIREFOX.split('.')[0]}`] },
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
    // The in-page stages are parsed on registry pages: terser packs them smallest. The full panel is an
    // ES module, so the loader's import() gets its mount function as the default export.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const names = entrypoints.map((e) => e.name);
      if (names.includes('loader') || names.includes('panel')) {
        viteConfig.build = {
          ...viteConfig.build,
          minify: 'terser',
          terserOptions: { compress: { passes: 3, unsafe_arrows: true }, ecma: 2020 },
        };
      }
      if (names.includes('panel') && viteConfig.build?.lib) {
        viteConfig.build.lib = { ...viteConfig.build.lib, formats: ['es'] };
      }
    },
    // The loader's matches, and the full panel's web-accessible hosts, come from the registry, never
    // from a hand-kept list. See docs/adr/0001-two-stage-panel.md.
    'build:manifestGenerated': (wxt, manifest) => {
      if (manifest.content_scripts?.length) throw new Error('content scripts come from the registry only');
      const matches = registryMatchPatterns(siteIndex);
      const excludes = registryExcludePatterns(siteIndex);
      manifest.content_scripts = [
        {
          matches,
          ...(excludes.length > 0 ? { exclude_matches: excludes } : {}),
          js: ['loader.js'],
          // Start: to capture the extension API before the page can shadow it (entrypoints/loader/api.ts).
          // The loader does nothing else until the page's load event.
          run_at: 'document_start',
          all_frames: false,
        },
      ];
      manifest.web_accessible_resources = [
        {
          resources: ['panel.js'],
          matches,
          // Chromium: reachable only through a per-session URL, so a page cannot probe for the file.
          // Firefox's moz-extension:// host is already random per install.
          ...(wxt.config.browser === 'firefox' ? {} : { use_dynamic_url: true }),
        },
      ];
    },
  },
});
