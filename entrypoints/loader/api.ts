/**
 * The extension API as the browser itself defines it in this isolated world. A page can clobber a
 * missing global with `<form id="browser">`, so each build names the one its browser always defines:
 * Firefox's `browser`, Chromium's `chrome` (promise-returning under Manifest V3).
 */
type Api = typeof import('@wxt-dev/webextension-polyfill/browser').browser;

const world = globalThis as unknown as { browser: Api; chrome: Api };
export const api: Api = import.meta.env.FIREFOX ? world.browser : world.chrome;

/** After an extension update or reload this script is orphaned: the browser takes `runtime.id` away. */
export function isOrphaned(): boolean {
  try {
    return !api.runtime?.id;
  } catch {
    return true;
  }
}
