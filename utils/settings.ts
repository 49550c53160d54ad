import { canonicalCountryCode } from './region';
import { parseSiteUiState, siteUiKey, type SiteUiState } from './site-ui-state';

/**
 * The user's settings: one versioned record in `storage.local` under `settings`.
 *
 * Kept free of zod, like `region.ts`: the content script reads these settings and its size budget has no
 * room for a validation library. `settings-schema.ts` builds the zod schema from the same lists, and the
 * tests check that everything parsed here passes it.
 *
 * Reading is per key: a stored value that is missing or invalid falls back to its default for that key
 * only, every valid key is kept, and nothing here ever throws, writes or clears storage.
 */

/** Bump with a new entry in `migrations`. */
export const SETTINGS_VERSION = 2;
export const SETTINGS_STORAGE_KEY = 'settings';

export const AUDIENCES = ['parent', 'young-person'] as const;
/** `auto`: open on the first visit to a site, collapsed after; `collapsed`: always start collapsed; `live-only`: only on live pages. */
export const PANEL_MODES = ['auto', 'collapsed', 'live-only'] as const;
export const PANEL_CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;

export type Audience = (typeof AUDIENCES)[number];
export type PanelMode = (typeof PANEL_MODES)[number];
export type PanelCorner = (typeof PANEL_CORNERS)[number];

export interface Settings {
  audience: Audience;
  /** An ISO 3166-1 alpha-2 code (`GB`, never `UK`) or `INTL`; `null` means "from the browser's language". */
  region: string | null;
  panelMode: PanelMode;
  panelCorner: PanelCorner;
  /** Registry ids of the sites where the panel is switched off. */
  disabledSites: string[];
}

/** What is written to storage: the settings plus the version of their shape. */
export interface StoredSettings extends Settings {
  schemaVersion: number;
}

export const SETTINGS_KEYS = [
  'audience',
  'region',
  'panelMode',
  'panelCorner',
  'disabledSites',
] as const satisfies readonly (keyof Settings)[];

export const defaultSettings: Readonly<Settings> = Object.freeze({
  audience: 'parent',
  region: null,
  panelMode: 'auto',
  panelCorner: 'bottom-right',
  disabledSites: Object.freeze([]) as unknown as string[],
});

/** One problem with one key, worded for the options page: `{ key: 'panelMode', message: '… ignored' }`. */
export interface Notice {
  key: string;
  message: string;
}

export const SITE_ID_PATTERN = /^[a-z0-9-]{1,40}$/;
export const REGION_PATTERN = /^[A-Z]{2}$/;
/** More entries than this is not a list a person made; the key is treated as invalid. */
export const MAX_SITE_LIST = 200;
/** An import file larger than this is refused before it is parsed. */
export const MAX_IMPORT_CHARS = 100_000;
const MAX_NOTICES_PER_KIND = 10;

// ---------------------------------------------------------------------------------------------------------
// Small helpers, shared with policy.ts

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: `constructor`, `toString` and `__proto__` never come from the prototype. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A short, safe rendering of a value for a message; long strings are cut. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40
        ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)`
        : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A key name from untrusted input, cut to a length a message can show; an empty or blank name is quoted. */
export function describeKey(key: string): string {
  if (key.trim() === '') return JSON.stringify(key);
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

/** `a, b, c and 4 more`. */
export function listForMessage(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

export function formatNotice(notice: Notice): string {
  return `${notice.key}: ${notice.message}`;
}

/** `UK` becomes `GB`; any other two upper-case letters pass; anything else is `undefined`. */
export function normalizeRegionCode(value: unknown): string | undefined {
  if (typeof value !== 'string' || !REGION_PATTERN.test(value)) return undefined;
  return canonicalCountryCode(value);
}

interface FieldResult<T> {
  /** `undefined`: the key is unusable and falls back. */
  value?: T;
  /** Set when something was wrong, even if part of the value was kept. */
  problem?: string;
}

export function parseEnum<T extends string>(options: readonly T[], raw: unknown): FieldResult<T> {
  return typeof raw === 'string' && (options as readonly string[]).includes(raw)
    ? { value: raw as T }
    : { problem: `${describeValue(raw)} is not one of ${options.join(', ')}` };
}

/**
 * A list of site ids: not a list (or an absurdly long one) is unusable; entries that are not ids, or not
 * in `knownSiteIds` when given, are dropped and named; duplicates are dropped quietly.
 */
export function parseSiteIdList(raw: unknown, knownSiteIds?: ReadonlySet<string>): FieldResult<string[]> {
  if (!Array.isArray(raw)) return { problem: `${describeValue(raw)} is not a list of site ids` };
  if (raw.length > MAX_SITE_LIST) {
    return { problem: `has ${raw.length} entries, more than the ${MAX_SITE_LIST} allowed` };
  }
  const ids: string[] = [];
  const dropped: string[] = [];
  for (const item of raw as unknown[]) {
    const ok = typeof item === 'string' && SITE_ID_PATTERN.test(item) && (knownSiteIds?.has(item) ?? true);
    if (!ok) dropped.push(describeValue(item));
    else if (!ids.includes(item)) ids.push(item);
  }
  return dropped.length === 0
    ? { value: ids }
    : {
        value: ids,
        problem: `${listForMessage(dropped)} ${dropped.length === 1 ? 'is' : 'are'} not a known site id`,
      };
}

function parseUserRegion(raw: unknown): FieldResult<string | null> {
  if (raw === null) return { value: null };
  if (raw === 'INTL') return { value: 'INTL' };
  const code = normalizeRegionCode(raw);
  return code !== undefined
    ? { value: code }
    : { problem: `${describeValue(raw)} is not a two-letter country code such as GB, or INTL` };
}

const settingParsers: {
  [K in keyof Settings]: (raw: unknown, knownSiteIds?: ReadonlySet<string>) => FieldResult<Settings[K]>;
} = {
  audience: (raw) => parseEnum(AUDIENCES, raw),
  region: parseUserRegion,
  panelMode: (raw) => parseEnum(PANEL_MODES, raw),
  panelCorner: (raw) => parseEnum(PANEL_CORNERS, raw),
  disabledSites: parseSiteIdList,
};

export function isSettingsKey(key: string): key is keyof Settings {
  return (SETTINGS_KEYS as readonly string[]).includes(key);
}

function freshDefaults(): Settings {
  return { ...defaultSettings, disabledSites: [] };
}

// ---------------------------------------------------------------------------------------------------------
// Versions and migrations

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

interface VersionRead {
  version: number;
  problem?: string;
}

/**
 * A missing version is 1 (the pre-release builds); a number above ours is a newer build's, however odd
 * (so it is never overwritten); anything else is garbage and read as 1.
 */
function readVersion(raw: unknown): VersionRead {
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

// ---------------------------------------------------------------------------------------------------------
// Reading stored settings

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

function applyRecord(
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
    panelMode: settings.panelMode,
    panelCorner: settings.panelCorner,
    disabledSites: [...settings.disabledSites],
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

// ---------------------------------------------------------------------------------------------------------
// Reset dismissed sites

/**
 * Given everything in `storage.local`, the writes that un-dismiss every site: each `siteUi:<id>` whose
 * state says dismissed gets `dismissed: false` (and keeps `seen`). Nothing else is touched.
 */
export function resetDismissedSites(stored: unknown): Record<string, SiteUiState> {
  const writes: Record<string, SiteUiState> = {};
  if (!isRecord(stored)) return writes;
  const prefix = siteUiKey('');
  for (const key of Object.keys(stored)) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    const state = parseSiteUiState(stored[key]);
    if (state.dismissed) writes[key] = { ...state, dismissed: false };
  }
  return writes;
}

// ---------------------------------------------------------------------------------------------------------
// Export and import

/** The `streamwise` marker of an export file. */
export const SETTINGS_EXPORT_MARKER = 'settings';
/** Keys only an organisation's policy can set; an import file that has them is told so. */
const POLICY_ONLY_KEYS: ReadonlySet<string> = new Set(['contact', 'extraTips', 'lockSettings']);

/**
 * A JSON file of the user's own settings (not what a policy forces):
 * `{ "streamwise": "settings", "schemaVersion": 2, "settings": { … } }`.
 */
export function serializeSettingsExport(settings: Settings): string {
  const { schemaVersion, ...clean } = toStoredSettings(settings);
  return `${JSON.stringify({ streamwise: SETTINGS_EXPORT_MARKER, schemaVersion, settings: clean }, null, 2)}\n`;
}

export type SettingsImportResult =
  | {
      ok: true;
      /** Only the keys the file set validly: merge over the current settings. */
      settings: Partial<Settings>;
      /** Keys that were in the file but not imported, or imported in part. */
      notices: Notice[];
    }
  | { ok: false; error: string };

const NOT_A_SETTINGS_FILE = 'This is not a Streamwise settings file';

/**
 * Reads an export file. Valid keys are applied and every other key is reported by name (apply-valid-and-
 * report): a file with one bad key still imports the rest. It fails as a whole only when it is not a
 * Streamwise settings file, comes from a newer version, or has nothing usable in it.
 */
export function parseSettingsImport(text: unknown, options: ParseOptions = {}): SettingsImportResult {
  try {
    if (typeof text !== 'string') return { ok: false, error: `${NOT_A_SETTINGS_FILE}: it is not text.` };
    if (text.length > MAX_IMPORT_CHARS) {
      return {
        ok: false,
        error: `${NOT_A_SETTINGS_FILE}: it is ${Math.ceil(text.length / 1000)} KB, and a settings file is under ${MAX_IMPORT_CHARS / 1000} KB.`,
      };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch {
      return { ok: false, error: `${NOT_A_SETTINGS_FILE}: it is not valid JSON.` };
    }
    if (!isRecord(parsed))
      return { ok: false, error: `${NOT_A_SETTINGS_FILE}: it does not hold a JSON object.` };
    if (ownValue(parsed, 'streamwise') !== SETTINGS_EXPORT_MARKER) {
      return { ok: false, error: `${NOT_A_SETTINGS_FILE}: it has no "streamwise": "settings" marker.` };
    }
    const read = readVersion(ownValue(parsed, 'schemaVersion'));
    if (read.version > SETTINGS_VERSION) {
      return {
        ok: false,
        error: `This file comes from a newer version of Streamwise (settings version ${read.version}). Update Streamwise, then import it again.`,
      };
    }
    const body = ownValue(parsed, 'settings');
    if (!isRecord(body)) {
      return { ok: false, error: `${NOT_A_SETTINGS_FILE}: it has no "settings" object.` };
    }

    const notices: Notice[] = [];
    if (read.problem !== undefined) notices.push({ key: 'schemaVersion', message: read.problem });
    const migrated = migrateSettings({ ...body, schemaVersion: read.version });
    let unknownCount = 0;
    for (const key of Object.keys(migrated)) {
      if (key === 'schemaVersion' || isSettingsKey(key)) continue;
      if (POLICY_ONLY_KEYS.has(key)) {
        notices.push({ key, message: "only an organisation's policy can set this; not imported" });
      } else if (++unknownCount <= MAX_NOTICES_PER_KIND) {
        notices.push({ key: describeKey(key), message: 'is not a Streamwise setting; not imported' });
      }
    }
    if (unknownCount > MAX_NOTICES_PER_KIND) {
      notices.push({
        key: '…',
        message: `${unknownCount - MAX_NOTICES_PER_KIND} more keys that are not Streamwise settings; not imported`,
      });
    }
    const known = options.knownSiteIds ? new Set(options.knownSiteIds) : undefined;
    const applied = applyRecord(migrated, known, {
      unusable: 'not imported',
      partial: 'the others are imported',
    });
    notices.push(...applied.notices);

    if (Object.keys(applied.settings).length === 0) {
      return {
        ok: false,
        error:
          notices.length === 0
            ? 'This settings file has no settings in it.'
            : `Nothing in this settings file could be imported. ${notices.map(formatNotice).join('. ')}.`,
      };
    }
    return { ok: true, settings: applied.settings, notices };
  } catch {
    return { ok: false, error: `${NOT_A_SETTINGS_FILE}: it could not be read.` };
  }
}
