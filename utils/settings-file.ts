import { describeKey, formatNotice, isRecord, ownValue, type Notice } from './notices';
import { isSettingsKey, type Settings } from './settings-model';
import { importChecklists, type SiteChecklist } from './checklist';
import {
  applyRecord,
  migrateSettings,
  readVersion,
  SETTINGS_VERSION,
  toStoredSettings,
  type ParseOptions,
} from './stored-settings';

/** An import file larger than this is refused before it is parsed. */
export const MAX_IMPORT_CHARS = 100_000;
const MAX_NOTICES_PER_KIND = 10;

/** The `streamwise` marker of an export file. */
export const SETTINGS_EXPORT_MARKER = 'settings';
/** Keys only an organisation's policy can set; an import file that has them is told so. */
const POLICY_ONLY_KEYS: ReadonlySet<string> = new Set(['contact', 'extraTips', 'lockSettings']);

/**
 * A JSON file of the user's own settings (not what a policy forces), and the settings checklist's ticks
 * when there are any: `{ "streamwise": "settings", "schemaVersion": 2, "settings": { … },
 * "checklist": { "<site id>": { "<step id>": "YYYY-MM-DD" } } }` (`exportChecklists` makes the section).
 */
export function serializeSettingsExport(
  settings: Settings,
  checklist: Readonly<Record<string, SiteChecklist>> = {},
): string {
  const { schemaVersion, ...clean } = toStoredSettings(settings);
  const file = {
    streamwise: SETTINGS_EXPORT_MARKER,
    schemaVersion,
    settings: clean,
    ...(Object.keys(checklist).length > 0 ? { checklist } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type SettingsImportResult =
  | {
      ok: true;
      /** Only the keys the file set validly: merge over the current settings. */
      settings: Partial<Settings>;
      /** Keys that were in the file but not imported, or imported in part. */
      notices: Notice[];
      /** The checklist's ticks to write, by storage key (`checklist:<site id>`); merge with `mergeChecklists`. */
      checklist?: Record<string, SiteChecklist>;
    }
  | { ok: false; error: string };

const NOT_A_SETTINGS_FILE = 'This is not a Streamwise settings file';

/** The file's `checklist` section, repaired per site and step; what was dropped is named in one notice. */
function readChecklistSection(
  raw: unknown,
  notices: Notice[],
  known: ReadonlySet<string> | undefined,
): Record<string, SiteChecklist> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    notices.push({ key: 'checklist', message: 'is not an object of sites and their ticks; not imported' });
    return {};
  }
  const kept = Object.fromEntries(
    Object.entries(importChecklists(raw)).filter(
      ([key]) => !known || known.has(key.slice(key.indexOf(':') + 1)),
    ),
  );
  const count = (sites: Record<string, unknown>) =>
    Object.values(sites).reduce<number>(
      (n, ticks) => n + (isRecord(ticks) ? Object.keys(ticks).length : 1),
      0,
    );
  const dropped = count(raw) - count(kept);
  if (dropped > 0) {
    notices.push({
      key: 'checklist',
      message: `${dropped} ${dropped === 1 ? 'tick is' : 'ticks are'} not a known site, step and date; not imported, the others are`,
    });
  }
  return kept;
}

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

    const checklist = readChecklistSection(ownValue(parsed, 'checklist'), notices, known);

    if (Object.keys(applied.settings).length === 0 && Object.keys(checklist).length === 0) {
      return {
        ok: false,
        error:
          notices.length === 0
            ? 'This settings file has no settings in it.'
            : `Nothing in this settings file could be imported. ${notices.map(formatNotice).join('. ')}.`,
      };
    }
    return {
      ok: true,
      settings: applied.settings,
      notices,
      ...(Object.keys(checklist).length > 0 ? { checklist } : {}),
    };
  } catch {
    return { ok: false, error: `${NOT_A_SETTINGS_FILE}: it could not be read.` };
  }
}
