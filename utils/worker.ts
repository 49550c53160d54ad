import type { Region } from './content-schema';
import {
  SETTINGS_STORAGE_KEY,
  effectiveSettingsKey,
  localPanelTextKey,
  panelTextKey,
  regionTextKey,
  siteDataKey,
  siteTextKey,
} from './storage-keys';
import { applyOverlay } from './localize-content';
import { computeEffectiveSettings } from './compute-effective-settings';
import { readManagedStorage, type ManagedStorageApi } from './managed-policy';
import { WELCOME_PATH, shouldOpenWelcome } from './welcome';
import { isFromThisExtension, isPageDataRequest, isPageSeenMessage } from './messages';

/**
 * The background worker's behaviour, apart from the browser: `entrypoints/background.ts` passes WXT's
 * `browser`, the unit tests WXT's `fakeBrowser`. It keeps nothing in memory between events.
 */

interface Listeners<L> {
  addListener(listener: L): void;
}

interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** The parts of the extension API the worker uses. */
export interface WorkerApi extends ManagedStorageApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onInstalled: Listeners<(details: { reason: string }) => Promise<void>>;
    onStartup: Listeners<() => Promise<void>>;
    onMessage: Listeners<(message: unknown, sender: MessageSender) => Promise<unknown> | undefined>;
  };
  storage: ManagedStorageApi['storage'] & {
    local: {
      get(keys: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: Listeners<(changes: Record<string, unknown>, area: string) => Promise<void> | undefined>;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  };
}

/** What the worker hands out: the bundled registry's ids, and everything it seeds into storage.local. */
export interface WorkerContent {
  siteIds: readonly string[];
  /** Everything the in-page script reads from storage.local, keyed as it reads it (`buildSeedData`). */
  seed: () => Record<string, unknown>;
  regions: readonly Region[];
  catalogs: Readonly<Record<string, unknown>>;
}

/** The worker's reply to a page-data request (only when storage lacked the panel's texts). */
export interface PageDataReply {
  site: unknown;
  panelText: unknown;
  regions: readonly Region[];
  catalogs: Readonly<Record<string, unknown>>;
}

/** Policy over user over recommended over default, stored for the in-page script, popup and options. */
export async function refreshEffectiveSettings(api: WorkerApi, siteIds: readonly string[]): Promise<void> {
  const [stored, managed] = await Promise.all([
    api.storage.local.get(SETTINGS_STORAGE_KEY),
    readManagedStorage(api),
  ]);
  const { effective } = computeEffectiveSettings(stored[SETTINGS_STORAGE_KEY], managed, siteIds);
  await api.storage.local.set({ [effectiveSettingsKey]: effective });
}

/** On install and every update: card text per site, regions and catalogues into storage, then settings. */
export async function seedStorage(api: WorkerApi, content: WorkerContent): Promise<void> {
  await api.storage.local.set(content.seed());
  await refreshEffectiveSettings(api, content.siteIds);
}

/**
 * A fresh install opens the welcome page, once; an update or a managed profile does not. The policy is read
 * first (Chromium answers only once its policy has loaded), so a managed browser never shows the page.
 */
export async function openWelcomeOnInstall(api: WorkerApi, reason: string): Promise<boolean> {
  if (reason !== 'install') return false;
  if (!shouldOpenWelcome(reason, await readManagedStorage(api))) return false;
  await api.tabs.create({ url: api.runtime.getURL(WELCOME_PATH) });
  return true;
}

/** A change that moves the effective settings: any policy change, or the user's own settings. */
export const changesSettings = (changes: Record<string, unknown>, area: string): boolean =>
  area === 'managed' || (area === 'local' && SETTINGS_STORAGE_KEY in changes);

export const badgeFor = (isLive: boolean) =>
  isLive ? { text: 'LIVE', color: '#b42318' } : { text: '✓', color: '#0b5cad' };

/**
 * A registry page's one message: set its tab's badge, and seed again when the page found storage empty.
 * Resolves when both are done; `undefined` when the message is not one the worker answers.
 */
export function notePageSeen(
  api: WorkerApi,
  content: WorkerContent,
  message: unknown,
  sender: MessageSender,
): Promise<void> | undefined {
  if (!isFromThisExtension(sender, api.runtime.id)) return undefined;
  if (!isPageSeenMessage(message) || !content.siteIds.includes(message.siteId)) return undefined;
  const writes: Promise<void>[] = [];
  if (message.reseed) writes.push(api.storage.local.set(content.seed()));
  const tabId = sender.tab?.id;
  if (tabId !== undefined) {
    const { text, color } = badgeFor(message.isLive);
    writes.push(api.action.setBadgeText({ tabId, text }));
    writes.push(api.action.setBadgeBackgroundColor({ tabId, color }));
  }
  return Promise.all(writes).then(() => undefined);
}

/** The panel's texts for one registry site, sent only to this extension's own pages and scripts. */
export function pageDataReply(
  api: Pick<WorkerApi, 'runtime'>,
  content: WorkerContent,
  message: unknown,
  sender: MessageSender,
): PageDataReply | undefined {
  if (!isFromThisExtension(sender, api.runtime.id)) return undefined;
  if (!isPageDataRequest(message) || !content.siteIds.includes(message.siteId)) return undefined;
  const data = content.seed();
  const language = message.language ?? 'en';
  return {
    site: applyOverlay(data[siteDataKey(message.siteId)], data[siteTextKey(message.siteId, language)]),
    panelText: data[localPanelTextKey(language)] ?? data[panelTextKey],
    regions: content.regions.map((region) =>
      applyOverlay(region, data[regionTextKey(region.code, language)]),
    ),
    catalogs: content.catalogs,
  };
}

/**
 * Every listener the worker has; nothing else about a page is sent or kept. The browser ignores what the
 * install, startup and storage listeners return: the promises are there for tests to await.
 */
export function startWorker(api: WorkerApi, content: WorkerContent): void {
  api.runtime.onInstalled.addListener(async ({ reason }) => {
    await seedStorage(api, content);
    await openWelcomeOnInstall(api, reason);
  });
  // A policy may change while the browser is closed.
  api.runtime.onStartup.addListener(() => refreshEffectiveSettings(api, content.siteIds));
  api.storage.onChanged.addListener((changes, area) =>
    changesSettings(changes, area) ? refreshEffectiveSettings(api, content.siteIds) : undefined,
  );
  api.runtime.onMessage.addListener((message, sender) => {
    // The badge message gets no reply (the page does not wait for one); a page-data request does.
    if (notePageSeen(api, content, message, sender)) return undefined;
    const reply = pageDataReply(api, content, message, sender);
    return reply ? Promise.resolve(reply) : undefined;
  });
}
