import { browser } from 'wxt/browser';

/** The one call this adapter makes; the extension passes nothing (WXT's `browser`), tests a fake. */
export interface ManagedStorageApi {
  storage: { managed?: { get(): Promise<Record<string, unknown>> } };
}

/**
 * The raw managed policy (storage adapter). Firefox rejects `storage.managed.get()` when no policy
 * exists, and some builds lack the area: both mean "no policy".
 */
export async function readManagedStorage(api: ManagedStorageApi = browser): Promise<unknown> {
  try {
    return (await api.storage.managed?.get()) ?? {};
  } catch {
    return {};
  }
}
