import { browser } from 'wxt/browser';

/**
 * The raw managed policy (storage adapter). Firefox rejects `storage.managed.get()` when no policy
 * exists, and some builds lack the area: both mean "no policy".
 */
export const readManagedStorage = (): Promise<unknown> =>
  browser.storage.managed?.get().catch(() => ({})) ?? Promise.resolve({});
