/**
 * The content script's `wxt/browser`: the browser's own promise-based API (Chrome MV3 and Firefox both
 * return promises for the few calls it makes), without webextension-polyfill's ~3 KB gzip.
 * Extension pages and the worker keep the polyfill (see wxt.config.ts).
 */
type Api = typeof import('@wxt-dev/webextension-polyfill/browser').browser;

const g = globalThis as unknown as { browser?: Api; chrome?: Api };
export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;
