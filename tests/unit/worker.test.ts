import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SETTINGS_STORAGE_KEY,
  effectiveSettingsKey,
  panelTextKey,
  siteDataKey,
} from '../../utils/storage-keys';
import { fakeBrowser } from 'wxt/testing';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { catalogs } from '../../utils/catalogs';
import { buildSeedData } from '../../utils/seed-data';
import { SETTINGS_VERSION } from '../../utils/stored-settings';
import { changesSettings, startWorker, type WorkerContent } from '../../utils/worker';

const content: WorkerContent = {
  siteIds: registry.map((entry) => entry.id),
  seed: () => buildSeedData(registry, tips, regions, ':host{}', catalogs),
  regions,
  catalogs,
};
const own = { id: fakeBrowser.runtime.id, tab: { id: 7 } };
const stored = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];
const effective = async () => (await stored(effectiveSettingsKey)) as Record<string, unknown> | undefined;
/** What the worker answered (undefined: nothing), once its writes are done. */
const send = async (message: unknown, sender: object = own) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];
const userSettings = (settings: object) => ({
  [SETTINGS_STORAGE_KEY]: { schemaVersion: SETTINGS_VERSION, ...settings },
});

beforeEach(() => {
  fakeBrowser.reset();
  startWorker(fakeBrowser, content);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the worker on install and update', () => {
  it.each([['install' as const], ['update' as const]])(
    'on %s seeds every card, the panel text and the settings',
    async (reason) => {
      await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
      for (const id of content.siteIds) expect(await stored(siteDataKey(id))).toMatchObject({ id });
      expect(await stored(panelTextKey)).toEqual(content.seed()[panelTextKey]);
      expect(await effective()).toMatchObject({ audience: 'parent', panelMode: 'auto', disabledSites: [] });
    },
  );

  it('replaces what an older version stored', async () => {
    await fakeBrowser.storage.local.set({ [siteDataKey('twitch')]: { id: 'twitch', name: 'Old Twitch' } });
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.1',
      temporary: false,
    });
    expect(await stored(siteDataKey('twitch'))).toEqual(content.seed()[siteDataKey('twitch')]);
  });

  it('keeps the user’s settings and applies them', async () => {
    await fakeBrowser.storage.local.set(userSettings({ panelMode: 'collapsed' }));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect(await stored(SETTINGS_STORAGE_KEY)).toMatchObject({ panelMode: 'collapsed' });
    expect(await effective()).toMatchObject({ panelMode: 'collapsed' });
  });

  it('reads a browser without a policy (Firefox rejects storage.managed.get) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await effective()).toMatchObject({ audience: 'parent', disabledSites: [] });
  });
});

describe('the worker when settings or policy change', () => {
  beforeEach(async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  });

  it('applies a new policy at once', async () => {
    await fakeBrowser.storage.managed.set({ audience: 'young-person', disabledSites: ['kick'] });
    expect(await effective()).toMatchObject({ audience: 'young-person', disabledSites: ['kick'] });
  });

  it('ignores a wrongly typed policy value for that key only', async () => {
    await fakeBrowser.storage.managed.set({ audience: 'toddler', panelMode: 'collapsed' });
    expect(await effective()).toMatchObject({ audience: 'parent', panelMode: 'collapsed' });
  });

  it('applies the user’s own change, and a policy still wins over it', async () => {
    await fakeBrowser.storage.managed.set({ panelMode: 'live-only' });
    await fakeBrowser.storage.local.set(userSettings({ audience: 'young-person', panelMode: 'auto' }));
    expect(await effective()).toMatchObject({ audience: 'young-person', panelMode: 'live-only' });
  });

  it('recomputes on startup, for a policy that changed while the browser was closed', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ region: 'IE' });
    startWorker(fakeBrowser, content);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await effective()).toMatchObject({ region: 'IE' });
  });

  it('does no work for other writes to storage.local', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ 'siteUi:twitch': { seen: true, dismissed: false } });
    expect(get).not.toHaveBeenCalled();
  });

  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['a policy change', { audience: {} }, 'managed', true],
    ['the user’s settings', { [SETTINGS_STORAGE_KEY]: {} }, 'local', true],
    ['the effective settings the worker wrote', { [effectiveSettingsKey]: {} }, 'local', false],
    ['a site’s seen state', { 'siteUi:twitch': {} }, 'local', false],
    ['a sync-area key named like the settings', { [SETTINGS_STORAGE_KEY]: {} }, 'sync', false],
  ])('%s → recompute: %s', (_name, changes, area, expected) => {
    expect(changesSettings(changes, area)).toBe(expected);
  });
});

describe('the worker’s messages', () => {
  it.each([
    [true, 'LIVE', [180, 35, 24, 255]],
    [false, '✓', [11, 92, 173, 255]],
  ])('a page seen with isLive %s sets the tab’s badge to %s', async (isLive, text, color) => {
    expect(await send({ type: 'streamwise:page', siteId: 'twitch', isLive })).toBeUndefined();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(text));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual(color);
  });

  it('seeds again when the page found storage empty (reseed)', async () => {
    await send({ type: 'streamwise:page', siteId: 'twitch', isLive: false, reseed: true });
    await vi.waitFor(async () => expect(await stored(siteDataKey('twitch'))).toMatchObject({ id: 'twitch' }));
    expect(await stored(panelTextKey)).toBeDefined();
  });

  it('answers a page-data request with that site’s card, the panel text, regions and catalogues', async () => {
    const reply = await send({ type: 'streamwise:page-data', siteId: 'kick' });
    expect(reply).toEqual({
      site: content.seed()[siteDataKey('kick')],
      panelText: content.seed()[panelTextKey],
      regions,
      catalogs,
    });
  });

  it('answers in the reader’s language: current translations over the English card, regions and tips', async () => {
    const kick = registry.find((s) => s.id === 'kick')!;
    const gb = regions.find((r) => r.code === 'GB')!;
    const tip = tips.liveRisks[0]!;
    const translations = {
      pl: {
        'sites/kick': { 'reporting.label': { en: kick.reporting.label ?? '', text: 'Zgłoś na Kick' } },
        'regions/GB': { name: { en: gb.name, text: 'Wielka Brytania' } },
        tips: { [`liveRisks.${tip.id}`]: { en: tip.text, text: 'Ryzyko na żywo' } },
      },
    };
    const polish: WorkerContent = {
      ...content,
      seed: () => buildSeedData(registry, tips, regions, ':host{}', catalogs, translations),
    };
    fakeBrowser.reset();
    startWorker(fakeBrowser, polish);
    const reply = (await send({ type: 'streamwise:page-data', siteId: 'kick', language: 'pl' })) as {
      site: { reporting: { label?: string; url?: string }; name: string };
      panelText: { liveRisks: string[] };
      regions: { code: string; name: string; lines: unknown[] }[];
    };
    if (kick.reporting.label) expect(reply.site.reporting.label).toBe('Zgłoś na Kick');
    expect(reply.site.reporting.url).toBe(kick.reporting.url);
    expect(reply.site.name).toBe(kick.name);
    expect(reply.panelText.liveRisks[0]).toBe('Ryzyko na żywo');
    expect(reply.regions.find((r) => r.code === 'GB')).toEqual({ ...gb, name: 'Wielka Brytania' });
    expect(reply.regions.find((r) => r.code === 'US')).toEqual(regions.find((r) => r.code === 'US'));
    const english = (await send({ type: 'streamwise:page-data', siteId: 'kick' })) as typeof reply;
    expect(english.panelText.liveRisks[0]).toBe(tip.text);
  });

  it.each<[string, unknown, object]>([
    [
      'a web page',
      { type: 'streamwise:page', siteId: 'twitch', isLive: true },
      { url: 'https://evil.example/', tab: { id: 7 } },
    ],
    [
      'another extension',
      { type: 'streamwise:page', siteId: 'twitch', isLive: true, reseed: true },
      { id: 'other-extension', tab: { id: 7 } },
    ],
    [
      'another extension asking for data',
      { type: 'streamwise:page-data', siteId: 'twitch' },
      { id: 'other' },
    ],
    ['a site not in the registry', { type: 'streamwise:page', siteId: 'myspace', isLive: true }, own],
    ['an unknown site’s data', { type: 'streamwise:page-data', siteId: 'myspace' }, own],
    ['a path as a site id', { type: 'streamwise:page-data', siteId: '../twitch' }, own],
    ['an extra key', { type: 'streamwise:page', siteId: 'twitch', isLive: true, url: 'https://x/' }, own],
    ['reseed other than true', { type: 'streamwise:page', siteId: 'twitch', isLive: true, reseed: 1 }, own],
    ['isLive as text', { type: 'streamwise:page', siteId: 'twitch', isLive: 'yes' }, own],
    ['an unknown type', { type: 'streamwise:settings', siteId: 'twitch' }, own],
    ['a string', 'streamwise:page', own],
    ['null', null, own],
  ])('ignores %s: no reply, no badge, no write', async (_name, message, sender) => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await send(message, sender)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(set).not.toHaveBeenCalled();
  });
});
