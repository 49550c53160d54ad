import type { BrowserContext } from 'playwright-core';
import { siteUiKey } from '../../utils/storage-keys';

type Storage = {
  storage: { local: { remove(key: string): Promise<void>; get(key: string): Promise<object> } };
};

/**
 * Makes the next visit to a site a first visit: removes its `siteUi:<id>` key (seen, dismissed) from
 * storage.local through the extension's service worker, the way a fresh profile would lack it. When the
 * worker is not running, an extension page of the same profile does it instead. Returns how.
 */
export async function forgetSite(
  context: BrowserContext,
  extensionId: string,
  siteId: string,
): Promise<'worker' | 'page'> {
  const key = siteUiKey(siteId);
  const remove = async (k: string) => {
    const api = (globalThis as unknown as { chrome: Storage }).chrome;
    await api.storage.local.remove(k);
    return Object.keys(await api.storage.local.get(k)).length;
  };
  const worker = context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (worker) {
    const left = await worker.evaluate(remove, key).catch(() => undefined);
    if (left === 0) return 'worker';
  }
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const left = await page.evaluate(remove, key);
    if (left !== 0) throw new Error(`could not remove ${key} from storage.local`);
    return 'page';
  } finally {
    await page.close().catch(() => undefined);
  }
}
