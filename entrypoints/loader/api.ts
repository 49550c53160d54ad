import type { ExtensionApi as Api } from '../../utils/panel-contract';

/**
 * The extension API as the browser itself defines it in this isolated world, captured when this module
 * first runs. In Chromium the API globals are not own properties of the isolated world's window, so a
 * page's named elements (`<form name="chrome">`, `<form id="browser">`) shadow them once they exist
 * (seen in Chromium 156). The loader therefore runs at document_start, before the page has any
 * elements, and everything later uses this reference. Each candidate is checked for a real
 * `runtime.sendMessage` function, which no DOM element or named-property lookup yields (no `instanceof
 * Node`: that would set up the Node interface in this world for nothing); the build's own namespace
 * comes first.
 */

const world = globalThis as unknown as { browser?: unknown; chrome?: unknown };

function genuine(candidate: unknown): candidate is Api {
  try {
    return (
      typeof candidate === 'object' &&
      candidate !== null &&
      typeof (candidate as Api).runtime?.sendMessage === 'function'
    );
  } catch {
    // A cross-origin frame named like the global throws on access.
    return false;
  }
}

const candidates = import.meta.env.FIREFOX ? [world.browser, world.chrome] : [world.chrome, world.browser];
const found = candidates.find(genuine);
/** False only where a page clobbered both names: the loader then does nothing at all. */
export const hasApi = found !== undefined;
export const api = found as Api;

/** After an extension update or reload this script is orphaned: the browser takes `runtime.id` away. */
export function isOrphaned(): boolean {
  try {
    return !api.runtime?.id;
  } catch {
    return true;
  }
}
