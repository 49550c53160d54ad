import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { SETTINGS_KEYS, defaultSettings, type Settings } from '../../utils/settings-model';
import {
  SETTINGS_VERSION,
  migrateSettings,
  migrateV1ToV2,
  migrations,
  parseStoredSettings,
  toStoredSettings,
  toStoredUserSettings,
} from '../../utils/stored-settings';
import { parseSettingsImport, serializeSettingsExport } from '../../utils/settings-file';
import { resetDismissedSites } from '../../utils/site-ui-state';
import { settingsExportSchema, settingsSchema, storedSettingsSchema } from '../../utils/settings-schema';

const siteIds = registry.map((site) => site.id);

const valid: Settings = {
  audience: 'young-person',
  region: 'IE',
  language: 'de',
  panelMode: 'live-only',
  panelCorner: 'top-left',
  disabledSites: ['twitch', 'kick'],
  worriedButton: true,
};
const stored = (over: Record<string, unknown> = {}) => ({
  schemaVersion: SETTINGS_VERSION,
  ...valid,
  ...over,
});
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('defaults', () => {
  it('are valid settings and frozen', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
    expect(Object.isFrozen(defaultSettings)).toBe(true);
    expect(Object.isFrozen(defaultSettings.disabledSites)).toBe(true);
  });

  it('nothing stored gives the defaults, no notices, nothing to protect', () => {
    for (const raw of [undefined, null]) {
      expect(parseStoredSettings(raw)).toEqual({
        settings: defaultSettings,
        explicit: {},
        notices: [],
        futureVersion: false,
        storedVersion: null,
      });
    }
  });

  it('returns a fresh list each time, never the frozen default', () => {
    const a = parseStoredSettings(undefined).settings;
    a.disabledSites.push('twitch');
    expect(parseStoredSettings(undefined).settings.disabledSites).toEqual([]);
  });
});

describe('parseStoredSettings: per-key repair', () => {
  it('keeps a fully valid record as it is, with no notices', () => {
    const result = parseStoredSettings(stored());
    expect(result).toEqual({
      settings: valid,
      explicit: valid,
      notices: [],
      futureVersion: false,
      storedVersion: 2,
    });
  });

  it('explicit: only the keys the record sets validly (what the user chose)', () => {
    const result = parseStoredSettings({
      schemaVersion: 2,
      audience: 'young-person',
      panelMode: 'sometimes',
    });
    expect(result.explicit).toEqual({ audience: 'young-person' });
    expect(result.settings.panelMode).toBe(defaultSettings.panelMode);
  });

  it('toStoredUserSettings writes only the keys given, and they read back as explicit', () => {
    const record = toStoredUserSettings({ panelCorner: 'top-left', disabledSites: ['kick'] });
    expect(record).toEqual({ schemaVersion: 2, panelCorner: 'top-left', disabledSites: ['kick'] });
    expect(parseStoredSettings(record).explicit).toEqual({
      panelCorner: 'top-left',
      disabledSites: ['kick'],
    });
    expect(toStoredUserSettings({})).toEqual({ schemaVersion: 2 });
  });

  const huge = 'x'.repeat(1_000_000);
  // [name, key, stored value, expected setting, expect a notice]
  const cases: [string, keyof Settings, unknown, unknown, boolean][] = [
    ['missing audience', 'audience', undefined, defaultSettings.audience, false],
    ['null audience', 'audience', null, defaultSettings.audience, true],
    ['numeric audience', 'audience', 1, defaultSettings.audience, true],
    ['unknown audience', 'audience', 'teacher', defaultSettings.audience, true],
    ['audience in another case', 'audience', 'Parent', defaultSettings.audience, true],
    ['huge audience', 'audience', huge, defaultSettings.audience, true],
    ['audience named like a prototype key', 'audience', 'constructor', defaultSettings.audience, true],
    ['region unset (null)', 'region', null, null, false],
    ['region GB', 'region', 'GB', 'GB', false],
    ['region UK becomes GB', 'region', 'UK', 'GB', false],
    ['region INTL', 'region', 'INTL', 'INTL', false],
    ['region not covered but well formed', 'region', 'MX', 'MX', false],
    ['region lower case', 'region', 'gb', null, true],
    ['region three letters', 'region', 'GBR', null, true],
    ['region as an object', 'region', { code: 'GB' }, null, true],
    ['region huge', 'region', huge, null, true],
    ['panelMode unknown', 'panelMode', 'sometimes', defaultSettings.panelMode, true],
    ['panelMode array', 'panelMode', ['auto'], defaultSettings.panelMode, true],
    ['panelMode valid', 'panelMode', 'collapsed', 'collapsed', false],
    ['panelCorner unknown', 'panelCorner', 'middle', defaultSettings.panelCorner, true],
    ['panelCorner boolean', 'panelCorner', true, defaultSettings.panelCorner, true],
    ['panelCorner valid', 'panelCorner', 'bottom-left', 'bottom-left', false],
    ['disabledSites null', 'disabledSites', null, [], true],
    ['disabledSites a string', 'disabledSites', 'twitch', [], true],
    ['disabledSites an object', 'disabledSites', { 0: 'twitch' }, [], true],
    ['disabledSites too long', 'disabledSites', Array.from({ length: 201 }, () => 'twitch'), [], true],
    ['disabledSites with a bad item', 'disabledSites', ['twitch', 42, 'kick'], ['twitch', 'kick'], true],
    ['disabledSites with a huge item', 'disabledSites', ['twitch', huge], ['twitch'], true],
    ['disabledSites with __proto__', 'disabledSites', ['__proto__', 'twitch'], ['twitch'], true],
    ['disabledSites duplicates dropped quietly', 'disabledSites', ['kick', 'kick'], ['kick'], false],
    ['disabledSites empty', 'disabledSites', [], [], false],
  ];

  it.each(cases)('%s', (_name, key, value, expected, expectNotice) => {
    const raw = stored();
    if (value === undefined) delete (raw as Record<string, unknown>)[key];
    else (raw as Record<string, unknown>)[key] = value;
    const result = parseStoredSettings(raw);

    expect(result.settings[key]).toEqual(expected);
    expect(result.notices.map((n) => n.key)).toEqual(expectNotice ? [key] : []);
    // Every other key is kept.
    for (const other of SETTINGS_KEYS)
      if (other !== key) expect(result.settings[other]).toEqual(valid[other]);
    expect(() => settingsSchema.parse(result.settings)).not.toThrow();
    // A message never carries a huge value.
    for (const notice of result.notices) expect(notice.message.length).toBeLessThan(300);
  });

  it('names the bad value and what happens', () => {
    const { notices } = parseStoredSettings(stored({ panelMode: 'sometimes' }));
    expect(notices).toEqual([
      {
        key: 'panelMode',
        message: '"sometimes" is not one of auto, collapsed, live-only; using the default',
      },
    ]);
  });

  it('drops extra keys, including __proto__ and constructor, without touching prototypes', () => {
    const raw = json(stored()) as Record<string, unknown>;
    const parsed = JSON.parse(
      JSON.stringify(raw).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"x":1},"extra":1,'),
    ) as unknown;
    const result = parseStoredSettings(parsed);
    expect(result.settings).toEqual(valid);
    expect(Object.keys(result.settings).sort()).toEqual([...SETTINGS_KEYS].sort());
    expect(result.notices).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.settings)).toBe(Object.prototype);
  });

  it.each([
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [valid]],
    ['a boolean', true],
  ])('a stored value that is %s gives the defaults with a notice', (_name, raw) => {
    const result = parseStoredSettings(raw);
    expect(result.settings).toEqual(defaultSettings);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]?.key).toBe('settings');
    expect(result.futureVersion).toBe(false);
  });

  it('drops unknown site ids when the registry is given', () => {
    const result = parseStoredSettings(stored({ disabledSites: ['twitch', 'myspace'] }), {
      knownSiteIds: siteIds,
    });
    expect(result.settings.disabledSites).toEqual(['twitch']);
    expect(result.notices).toEqual([
      { key: 'disabledSites', message: '"myspace" is not a known site id; the others are kept' },
    ]);
  });

  it('never throws on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    const result = parseStoredSettings(hostile);
    expect(result.settings).toEqual(defaultSettings);
    expect(result.notices[0]?.key).toBe('settings');
  });
});

describe('versions', () => {
  it('a newer version keeps the known valid keys and says never to write back', () => {
    const raw = {
      ...stored({ panelMode: 'sideways' }),
      schemaVersion: SETTINGS_VERSION + 1,
      newThing: { a: 1 },
    };
    const result = parseStoredSettings(raw);
    expect(result.futureVersion).toBe(true);
    expect(result.storedVersion).toBe(SETTINGS_VERSION + 1);
    expect(result.settings).toEqual({ ...valid, panelMode: defaultSettings.panelMode });
    expect(result.notices.map((n) => n.key)).toEqual(['schemaVersion', 'panelMode']);
  });

  it('an absurdly large version is still treated as newer, so it is never overwritten', () => {
    expect(parseStoredSettings(stored({ schemaVersion: 1e300 })).futureVersion).toBe(true);
    expect(parseStoredSettings(stored({ schemaVersion: 2.5 })).futureVersion).toBe(true);
  });

  it.each([
    ['a string', '2'],
    ['zero', 0],
    ['negative', -3],
    ['a fraction below ours', 1.5],
    ['null', null],
  ])('a version that is %s is read as version 1 with a notice', (_name, version) => {
    const result = parseStoredSettings({ schemaVersion: version, audience: 'child', panelPosition: 'left' });
    expect(result.futureVersion).toBe(false);
    expect(result.storedVersion).toBe(1);
    expect(result.settings.audience).toBe('young-person');
    expect(result.settings.panelCorner).toBe('bottom-left');
    expect(result.notices.map((n) => n.key)).toEqual(['schemaVersion']);
  });
});

describe('migrations', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < SETTINGS_VERSION; v += 1) expect(typeof migrations[v]).toBe('function');
    expect(migrations[SETTINGS_VERSION]).toBeUndefined();
  });

  const v1 = {
    schemaVersion: 1,
    audience: 'child',
    region: 'GB',
    panelMode: 'auto',
    panelPosition: 'left',
    disabledSites: ['kick'],
  };

  it('v1 → v2 maps child to young-person and the bottom-edge position to a corner', () => {
    expect(migrateV1ToV2(v1)).toEqual({
      schemaVersion: 2,
      audience: 'young-person',
      region: 'GB',
      panelMode: 'auto',
      panelCorner: 'bottom-left',
      disabledSites: ['kick'],
    });
    expect(migrateV1ToV2({ panelPosition: 'right' }).panelCorner).toBe('bottom-right');
  });

  it('v1 → v2 is pure', () => {
    const input = structuredClone(v1);
    migrateV1ToV2(input);
    expect(input).toEqual(v1);
  });

  it.each([
    ['an unknown position', { panelPosition: 'centre' }, {}],
    ['a prototype-key position', { panelPosition: 'constructor' }, {}],
    ['a __proto__ position', { panelPosition: '__proto__' }, {}],
    ['a non-string position', { panelPosition: 3 }, {}],
    [
      'a corner already set',
      { panelPosition: 'left', panelCorner: 'top-right' },
      { panelCorner: 'top-right' },
    ],
    ['parent stays parent', { audience: 'parent' }, { audience: 'parent' }],
    ['an unknown audience passes through', { audience: 'robot' }, { audience: 'robot' }],
  ])('v1 → v2 with %s', (_name, input, expected) => {
    expect(migrateV1ToV2(input)).toEqual({ schemaVersion: 2, ...expected });
  });

  it.each([
    ['v1', v1],
    ['unversioned v1', { audience: 'child', panelPosition: 'right' }],
    ['v2', stored()],
    ['future', { ...stored(), schemaVersion: 99, extra: 1 }],
    ['garbage version', { schemaVersion: 'x', audience: 'child' }],
    ['not an object', 'nope'],
    ['null', null],
  ])('migrateSettings is idempotent: %s', (_name, raw) => {
    const once = migrateSettings(raw);
    expect(migrateSettings(once)).toEqual(once);
    // And every migration step on its own.
    expect(migrateV1ToV2(migrateV1ToV2(raw as Record<string, unknown>))).toEqual(
      migrateV1ToV2(raw as Record<string, unknown>),
    );
  });

  it('migrateSettings does not downgrade or touch a future record', () => {
    const future = { schemaVersion: 7, audience: 'child', panelPosition: 'left' };
    expect(migrateSettings(future)).toEqual(future);
  });

  it('migrateSettings brings v1 up to the current version', () => {
    expect(migrateSettings(v1).schemaVersion).toBe(SETTINGS_VERSION);
    expect(parseStoredSettings(v1).settings).toEqual({
      audience: 'young-person',
      region: 'GB',
      language: 'auto',
      panelMode: 'auto',
      panelCorner: 'bottom-left',
      disabledSites: ['kick'],
      worriedButton: false,
    });
  });
});

describe('toStoredSettings', () => {
  it('stamps the version and keeps only known keys', () => {
    const out = toStoredSettings({ ...valid, contact: { name: 'x' } } as Settings);
    expect(storedSettingsSchema.parse(out)).toEqual(out);
    expect(out).toEqual({ schemaVersion: SETTINGS_VERSION, ...valid });
    expect(parseStoredSettings(out).settings).toEqual(valid);
  });
});

describe('resetDismissedSites', () => {
  it('un-dismisses dismissed sites only, keeping seen, touching nothing else', () => {
    const all = {
      settings: stored(),
      'siteUi:twitch': { seen: true, dismissed: true },
      'siteUi:kick': { seen: false, dismissed: true },
      'siteUi:youtube': { seen: true, dismissed: false },
      'siteUi:roblox': 'corrupt',
      'site:twitch': { dismissed: true },
      'siteUi:': { dismissed: true },
    };
    expect(resetDismissedSites(all)).toEqual({
      'siteUi:twitch': { seen: true, dismissed: false },
      'siteUi:kick': { seen: false, dismissed: false },
    });
  });

  it.each([undefined, null, 'x', [], {}])('nothing to write for %j', (raw) => {
    expect(resetDismissedSites(raw)).toEqual({});
  });
});

describe('export and import', () => {
  it('exports a marked, versioned file that passes the export schema', () => {
    const text = serializeSettingsExport(valid);
    const parsed = JSON.parse(text) as unknown;
    expect(settingsExportSchema.parse(parsed)).toEqual({
      streamwise: 'settings',
      schemaVersion: SETTINGS_VERSION,
      settings: valid,
    });
  });

  it('round-trips', () => {
    expect(parseSettingsImport(serializeSettingsExport(valid))).toEqual({
      ok: true,
      settings: valid,
      notices: [],
    });
    expect(parseSettingsImport(serializeSettingsExport(defaultSettings))).toEqual({
      ok: true,
      settings: defaultSettings,
      notices: [],
    });
  });

  it('does not export extra properties of the object it is given', () => {
    const text = serializeSettingsExport({ ...valid, lockSettings: true } as Settings);
    expect(text).not.toContain('lockSettings');
  });

  const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ streamwise: 'settings', schemaVersion: SETTINGS_VERSION, settings, ...extra });

  it.each([
    ['not text', 42, /not text/],
    ['not JSON', '{"streamwise":', /not valid JSON/],
    ['a JSON string', '"settings"', /does not hold a JSON object/],
    ['a JSON array', '[1,2]', /does not hold a JSON object/],
    ['JSON null', 'null', /does not hold a JSON object/],
    ['no marker', JSON.stringify({ settings: valid }), /no "streamwise": "settings" marker/],
    ['a wrong marker', JSON.stringify({ streamwise: 'other', settings: valid }), /marker/],
    [
      'no settings object',
      JSON.stringify({ streamwise: 'settings', schemaVersion: 2 }),
      /no "settings" object/,
    ],
    ['settings as a list', file([valid]), /no "settings" object/],
    ['a newer version', file(valid, { schemaVersion: SETTINGS_VERSION + 1 }), /newer version of Streamwise/],
    ['too large', ' '.repeat(200_000), /KB/],
    ['an empty settings object', file({}), /has no settings in it/],
  ])('refuses %s with a clear error', (_name, text, error) => {
    const result = parseSettingsImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('applies the valid keys and reports the bad ones by name', () => {
    const result = parseSettingsImport(
      file({
        audience: 'parent',
        panelMode: 'sometimes',
        region: 'gb',
        disabledSites: ['twitch', 'myspace'],
        lockSettings: false,
        theme: 'dark',
      }),
      { knownSiteIds: siteIds },
    );
    expect(result).toEqual({
      ok: true,
      settings: { audience: 'parent', disabledSites: ['twitch'] },
      notices: [
        { key: 'lockSettings', message: "only an organisation's policy can set this; not imported" },
        { key: 'theme', message: 'is not a Streamwise setting; not imported' },
        { key: 'region', message: '"gb" is not a two-letter country code such as GB, or INTL; not imported' },
        { key: 'panelMode', message: '"sometimes" is not one of auto, collapsed, live-only; not imported' },
        { key: 'disabledSites', message: '"myspace" is not a known site id; the others are imported' },
      ],
    });
  });

  it('fails, naming every key, when nothing at all is usable', () => {
    const result = parseSettingsImport(file({ audience: 'robot', panelCorner: 'middle' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('Nothing in this settings file could be imported');
      expect(result.error).toContain('audience');
      expect(result.error).toContain('panelCorner');
    }
  });

  it('migrates an old file', () => {
    const result = parseSettingsImport(
      file({ audience: 'child', panelPosition: 'right' }, { schemaVersion: 1 }),
    );
    expect(result).toEqual({
      ok: true,
      settings: { audience: 'young-person', panelCorner: 'bottom-right' },
      notices: [],
    });
  });

  it('reads a file with no version as the oldest shape', () => {
    const text = JSON.stringify({ streamwise: 'settings', settings: { audience: 'child' } });
    expect(parseSettingsImport(text)).toEqual({
      ok: true,
      settings: { audience: 'young-person' },
      notices: [],
    });
  });

  it('accepts a byte-order mark', () => {
    expect(parseSettingsImport(`\uFEFF${serializeSettingsExport(valid)}`).ok).toBe(true);
  });

  it('ignores __proto__ and constructor keys without polluting anything', () => {
    const text = `{"streamwise":"settings","schemaVersion":2,"__proto__":{"polluted":1},"settings":{"__proto__":{"audience":"young-person"},"constructor":"x","panelMode":"collapsed"}}`;
    const result = parseSettingsImport(text);
    expect(result).toEqual({
      ok: true,
      settings: { panelMode: 'collapsed' },
      notices: [
        { key: '__proto__', message: 'is not a Streamwise setting; not imported' },
        { key: 'constructor', message: 'is not a Streamwise setting; not imported' },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps the notices for a file full of unknown keys, and cuts long key names', () => {
    const settings: Record<string, unknown> = { audience: 'parent' };
    for (let i = 0; i < 500; i += 1) settings[`unknown-${i}-${'k'.repeat(100)}`] = i;
    const result = parseSettingsImport(file(settings));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.notices).toHaveLength(11);
      expect(result.notices.at(-1)?.message).toMatch(/^490 more keys/);
      for (const notice of result.notices) expect(notice.key.length).toBeLessThanOrEqual(41);
    }
  });
});
