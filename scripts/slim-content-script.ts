import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Vite settings for the content-script bundle only, which loads on every registry page and has a gzip
 * budget (scripts/check-size.mjs). Each change swaps code the panel never runs for a smaller equivalent;
 * the E2E suite runs the result in real Chromium.
 */
export function slimContentScriptBuild(viteConfig: InlineConfig): void {
  const alias = viteConfig.resolve?.alias;
  const entries = Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  // Terser packs this bundle ~3% smaller than the default minifier.
  viteConfig.build = {
    ...viteConfig.build,
    minify: 'terser',
    terserOptions: { compress: { passes: 3, unsafe_arrows: true }, ecma: 2020 },
  };
  // WXT's UI helpers without autoMount and XPath anchors (utils/wxt-ui-lite.ts).
  const uiLite = local('../utils/wxt-ui-lite.ts');
  viteConfig.plugins = [
    ...(viteConfig.plugins ?? []),
    {
      name: 'streamwise:wxt-ui-lite',
      enforce: 'pre',
      resolveId: (source: string, importer: string | undefined) =>
        source === './shared.mjs' && importer?.includes('/wxt/dist/utils/content-script-ui/') ? uiLite : null,
    },
  ];
  viteConfig.resolve = {
    ...viteConfig.resolve,
    alias: [
      // The browser's own promise-based API: the content script's few calls need no polyfill.
      { find: /^wxt\/browser$/, replacement: local('../utils/native-browser.ts') },
      // Checks a tag name we fix at build time (streamwise-panel); a large Unicode regex otherwise.
      { find: /^is-potential-custom-element-name$/, replacement: local('../utils/valid-tag-name.ts') },
      ...entries,
    ],
  };
}
