import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { catalogs } from '../../utils/catalogs';
import { buildSeedData } from '../../utils/seed-data';
import { effectiveSettingsKey } from '../../utils/storage-keys';
import { hasManagedPolicy, shouldOpenWelcome, WELCOME_PATH } from '../../utils/welcome';
import { startWorker, type WorkerContent } from '../../utils/worker';

const content: WorkerContent = {
  siteIds: registry.map((entry) => entry.id),
  seed: () => buildSeedData(registry, tips, regions, ':host{}', catalogs),
  regions,
  catalogs,
};

describe('the welcome decision', () => {
  it.each<[string, unknown, boolean]>([
    ['install', {}, true],
    ['install', undefined, true],
    ['update', {}, false],
    ['chrome_update', {}, false],
    ['browser_update', {}, false],
    ['shared_module_update', {}, false],
    ['install', { lockSettings: true }, false],
    ['install', { audience: 'young-person' }, false],
    ['install', { lockSettings: false }, false],
    ['update', { lockSettings: true }, false],
  ])('reason %s with policy %j → %s', (reason, managed, expected) => {
    expect(shouldOpenWelcome(reason, managed)).toBe(expected);
  });

  it.each<[unknown, boolean]>([
    [{}, false],
    [null, false],
    [[], false],
    ['text', false],
    [{ region: 'IE' }, true],
  ])('policy %j is managed: %s', (managed, expected) => {
    expect(hasManagedPolicy(managed)).toBe(expected);
  });
});

describe('the worker opens the welcome page', () => {
  let create: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    create = vi.fn(async () => ({}));
    // The fake has no tabs.create of its own that records calls; the real API is a promise too.
    (fakeBrowser.tabs as unknown as { create: typeof create }).create = create;
    startWorker(fakeBrowser, content);
  });
  afterEach(() => vi.restoreAllMocks());

  it('on a fresh install, once, after the cards and settings are stored', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(WELCOME_PATH) });
    expect((await fakeBrowser.storage.local.get(effectiveSettingsKey))[effectiveSettingsKey]).toBeDefined();
  });

  it('not on an update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.9',
      temporary: false,
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('not on a browser update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(create).not.toHaveBeenCalled();
  });

  it.each([[{ lockSettings: true }], [{ audience: 'young-person' }], [{ region: 'GB' }]])(
    'not on a managed profile (%j)',
    async (policy) => {
      await fakeBrowser.storage.managed.set(policy);
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
      expect(create).not.toHaveBeenCalled();
    },
  );

  it('on a fresh install where the browser has no managed area (Firefox rejects the read)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(create).toHaveBeenCalledTimes(1);
  });
});
