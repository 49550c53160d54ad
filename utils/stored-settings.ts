import { describeValue, isRecord, ownValue, type Notice } from './notices';
import { settingParsers } from './setting-fields';
import { freshDefaults, SETTINGS_KEYS, type PanelCorner, type Settings } from './settings-model';

/**
 * The user's settings as stored: one versioned record in `storage.local` under `settings`, its versions
 * and migrations, and the per-key reader.
 *
 * Reading is per key: a stored value that is missing or invalid falls back to its default for that key
 * only, every valid key is kept, and nothing here ever throws, writes or clears storage.
 */

/** Bump with a new entry in `migrations`. */
export const SETTINGS_VERSION = 2;

/** What is written to storage: the settings plus the version of their shape. */
export interface StoredSettings extends Settings {
  schemaVersion: number;
}

type SettingsRecord = Record<string, unknown>;
/** A pure step from one stored shape to the next. It must not mutate its input, and it must be idempotent. */
export type Migration = (record: Readonly<SettingsRecord>) => SettingsRecord;

function cornerFromV1Position(position: unknown): PanelCorner | undefined {
  // Not a lookup table: `constructor` or `__proto__` must not find anything.
  switch (position) {
    case 'left':
      return 'bottom-left';
    case 'right':
      return 'bottom-right';
    default:
      return undefined;
  }
}

/**
 * v1 is the first shape shipped, in the pre-release builds given to testers: the panel sat on the bottom
 * edge (`panelPosition: 'left' | 'right'`) and the second audience was called `child`. v2 has four corners
 * (`panelCorner`) and calls that audience `young-person`. Keys it does not know pass through untouched.
 */
export function migrateV1ToV2(v1: Readonly<SettingsRecord>): SettingsRecord {
  if (!isRecord(v1)) return { schemaVersion: 2 };
  const { panelPosition, ...rest } = v1;
  const v2: SettingsRecord = { ...rest, schemaVersion: 2 };
  if (ownValue(rest, 'audience') === 'child') v2.audience = 'young-person';
  if (!Object.hasOwn(rest, 'panelCorner')) {
    const corner = cornerFromV1Position(panelPosition);
    if (corner !== undefined) v2.panelCorner = corner;
  }
  return v2;
}

/** `migrations[n]` turns a version-n record into a version-(n + 1) record. */
export const migrations: Readonly<Record<number, Migration>> = Object.freeze({ 1: migrateV1ToV2 });

export interface VersionRead {
  version: number;
  problem?: string;
}

/**
 * A missing version is 1 (the pre-release builds); a number above ours is a newer build's, however odd
 * (so it is never overwritten); anything else is garbage and read as 1.
 */
export function readVersion(raw: unknown): VersionRead {
  if (raw === undefined) return { version: 1 };
  if (typeof raw === 'number' && raw > SETTINGS_VERSION) return { version: raw };
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) return { version: raw };
  return { version: 1, problem: `${describeValue(raw)} is not a settings version; read as version 1` };
}

/**
 * Brings a stored record up to `SETTINGS_VERSION`. Idempotent: `migrateSettings(migrateSettings(x))` equals
 * `migrateSettings(x)`. A record from a newer version is returned as a copy, unchanged. Not an object:
 * an empty current-version record.
 */
export function migrateSettings(raw: unknown): SettingsRecord {
  if (!isRecord(raw)) return { schemaVersion: SETTINGS_VERSION };
  const { version } = readVersion(ownValue(raw, 'schemaVersion'));
  if (version > SETTINGS_VERSION) return { ...raw };
  let record: SettingsRecord = { ...raw };
  for (let v = version; v < SETTINGS_VERSION; v += 1) {
    const step = migrations[v];
    if (step) record = step(record);
  }
  return { ...record, schemaVersion: SETTINGS_VERSION };
}

export interface ParsedSettings {
  settings: Settings;
  /**
   * Only the keys the stored record sets validly: what the user chose. An organisation's recommended values
   * (policy `recommended`) fill the others before the defaults do.
   */
  explicit: Partial<Settings>;
  notices: Notice[];
  /** Written by a newer Streamwise: use these settings but never write them back. */
  futureVersion: boolean;
  /** The version found in storage; `null` when nothing was stored. */
  storedVersion: number | null;
}

export interface ParseOptions {
  /** When given, site ids outside it are dropped from `disabledSites` (with a notice). */
  knownSiteIds?: readonly string[];
}

export function applyRecord(
  record: Readonly<SettingsRecord>,
  knownSiteIds: ReadonlySet<string> | undefined,
  consequence: { unusable: string; partial: string },
): { settings: Partial<Settings>; notices: Notice[] } {
  const settings: Partial<Settings> = {};
  const notices: Notice[] = [];
  const take = <K extends keyof Settings>(key: K) => {
    if (!Object.hasOwn(record, key)) return;
    const result = settingParsers[key](record[key], knownSiteIds);
    if (result.value !== undefined) settings[key] = result.value;
    if (result.problem !== undefined) {
      const tail = result.value === undefined ? consequence.unusable : consequence.partial;
      notices.push({ key, message: `${result.problem}; ${tail}` });
    }
  };
  for (const key of SETTINGS_KEYS) take(key);
  return { settings, notices };
}

/**
 * Reads `storage.local.settings`, whatever state it is in. Keys that are missing fall back silently;
 * keys that are present but invalid fall back with a notice. Extra keys are dropped.
 */
export function parseStoredSettings(raw: unknown, options: ParseOptions = {}): ParsedSettings {
  try {
    if (raw === undefined || raw === null) {
      return {
        settings: freshDefaults(),
        explicit: {},
        notices: [],
        futureVersion: false,
        storedVersion: null,
      };
    }
    if (!isRecord(raw)) {
      return {
        settings: freshDefaults(),
        explicit: {},
        notices: [
          { key: 'settings', message: `${describeValue(raw)} is not a settings record; using the defaults` },
        ],
        futureVersion: false,
        storedVersion: null,
      };
    }
    const notices: Notice[] = [];
    const read = readVersion(ownValue(raw, 'schemaVersion'));
    if (read.problem !== undefined) notices.push({ key: 'schemaVersion', message: read.problem });
    const futureVersion = read.version > SETTINGS_VERSION;
    if (futureVersion) {
      notices.push({
        key: 'schemaVersion',
        message: `saved by a newer version of Streamwise (settings version ${read.version}); they are shown but not changed until Streamwise is updated`,
      });
    }
    const known = options.knownSiteIds ? new Set(options.knownSiteIds) : undefined;
    const applied = applyRecord(migrateSettings(raw), known, {
      unusable: 'using the default',
      partial: 'the others are kept',
    });
    return {
      settings: { ...freshDefaults(), ...applied.settings },
      explicit: applied.settings,
      notices: [...notices, ...applied.notices],
      futureVersion,
      storedVersion: read.version,
    };
  } catch {
    // Only an exotic object (a proxy, a throwing getter) gets here; storage never holds one.
    return {
      settings: freshDefaults(),
      explicit: {},
      notices: [{ key: 'settings', message: 'could not be read; using the defaults' }],
      futureVersion: false,
      storedVersion: null,
    };
  }
}

/** The record to write under `SETTINGS_STORAGE_KEY`: known keys only, stamped with the current version. */
export function toStoredSettings(settings: Settings): StoredSettings {
  return {
    schemaVersion: SETTINGS_VERSION,
    audience: settings.audience,
    region: settings.region,
    language: settings.language,
    panelMode: settings.panelMode,
    panelCorner: settings.panelCorner,
    disabledSites: [...settings.disabledSites],
    worriedButton: settings.worriedButton,
  };
}

/**
 * The record to write when only some keys are the user's own: the keys given, stamped with the current
 * version. A key left out falls back to the organisation's recommendation, then the default.
 */
export function toStoredUserSettings(settings: Partial<Settings>): Partial<StoredSettings> {
  const record: Partial<StoredSettings> = { schemaVersion: SETTINGS_VERSION };
  for (const key of SETTINGS_KEYS) {
    const value = settings[key];
    if (value === undefined) continue;
    (record as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
  }
  return record;
}
