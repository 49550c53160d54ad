import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { catalogs } from '../../utils/catalogs';
import { translations } from '../../content/localized';
import { CONTENT_LANGUAGES } from '../../utils/languages';
import { computeEffectiveSettings } from '../../utils/compute-effective-settings';
import { resetDismissedSites } from '../../utils/site-ui-state';
import { buildSeedData } from '../../utils/seed-data';
import { STORAGE_LOCAL, storageEntryFor } from '../../utils/storage-schema';
import { toStoredUserSettings } from '../../utils/stored-settings';

/** The seed and the readers held to the one storage schema (utils/storage-schema.ts). */

const idOf = (key: string) => key.slice(key.indexOf(':') + 1);

describe('storage.local schema', () => {
  const seed = buildSeedData(registry, tips, regions, ':host{}', catalogs, translations);

  it('every key the worker seeds is a seed key of the schema, and passes its check', () => {
    for (const [key, value] of Object.entries(seed)) {
      const entry = storageEntryFor(key);
      expect(entry?.writtenBy, key).toBe('seed');
      expect(entry!.check(value, idOf(key)), key).toBe(true);
    }
  });

  it('every seed key of the schema is seeded, for every site, region and language', () => {
    const seeded = STORAGE_LOCAL.filter((e) => e.writtenBy === 'seed').map((e) => e.key);
    const written = new Set(Object.keys(seed).map((key) => storageEntryFor(key)!.key));
    expect([...written].sort()).toEqual([...seeded].sort());
    const count = (prefix: string) => Object.keys(seed).filter((k) => k.startsWith(prefix)).length;
    expect(count('site:')).toBe(registry.length);
    expect(count('loaderSite:')).toBe(registry.length);
    expect(count('region:')).toBe(regions.length);
    expect(count('messages:')).toBe(Object.keys(catalogs).length);
    expect(count('chipText:')).toBe(Object.keys(catalogs).length);
    const others = CONTENT_LANGUAGES.length - 1;
    expect(count('siteText:')).toBe(registry.length * others);
    expect(count('regionText:')).toBe(regions.length * others);
    expect(count('panelText:')).toBe(others);
  });

  it('what the worker, the options page and the panel write passes the check of their key', () => {
    const ids = registry.map((s) => s.id);
    const check = (key: string, value: unknown) => storageEntryFor(key)!.check(value, idOf(key));
    const user = toStoredUserSettings({ panelCorner: 'top-left', disabledSites: [ids[0]!] });
    expect(check('settings', user)).toBe(true);
    const managed = {
      contact: { name: 'Ms Lee', url: 'https://school.example' },
      siteNotes: { [ids[1]!]: 'Ask first' },
    };
    expect(check('effectiveSettings', computeEffectiveSettings(user, managed, ids).effective)).toBe(true);
    expect(check(`siteUi:${ids[0]}`, { seen: true, dismissed: false })).toBe(true);
    const reset = resetDismissedSites({ [`siteUi:${ids[0]}`]: { seen: true, dismissed: true } });
    for (const [key, value] of Object.entries(reset)) expect(check(key, value)).toBe(true);
  });

  it('a value its readers would repair or refuse fails the check', () => {
    const check = (key: string, value: unknown) => storageEntryFor(key)!.check(value, idOf(key));
    expect(check('settings', { panelCorner: 'middle' })).toBe(false);
    expect(check('effectiveSettings', { panelMode: 'sometimes' })).toBe(false);
    expect(check('siteUi:twitch', { seen: 'yes' })).toBe(false);
    expect(check('site:twitch', seed['site:youtube'])).toBe(false);
    expect(check('region:GB', seed['region:US'])).toBe(false);
    expect(check('chipText:en', { label: 'x' })).toBe(false);
    expect(check('chipCss', '')).toBe(false);
    expect(storageEntryFor('site:')).toBeUndefined();
    expect(storageEntryFor('somethingElse')).toBeUndefined();
  });
});
