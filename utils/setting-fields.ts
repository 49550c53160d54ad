import { canonicalCountryCode } from './region';
import { describeValue, listForMessage } from './notices';
import { LANGUAGE_SETTINGS } from './languages';
import {
  AUDIENCES,
  MAX_SITE_LIST,
  PANEL_CORNERS,
  PANEL_MODES,
  REGION_PATTERN,
  isSiteId,
  type Settings,
} from './settings-model';

/**
 * One setting's value read from untrusted input (storage, an import file, a policy): the value to keep, if
 * any, and what was wrong. Shared by the stored-settings, import-file and policy readers.
 */

/** `UK` becomes `GB`; any other two upper-case letters pass; anything else is `undefined`. */
export function normalizeRegionCode(value: unknown): string | undefined {
  if (typeof value !== 'string' || !REGION_PATTERN.test(value)) return undefined;
  return canonicalCountryCode(value);
}

export interface FieldResult<T> {
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
    const ok = isSiteId(item) && (knownSiteIds?.has(item) ?? true);
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

/** `true` or `false`; a Windows registry DWORD (0 or 1) is converted by the policy reader, not here. */
export function parseBoolean(raw: unknown): FieldResult<boolean> {
  return typeof raw === 'boolean'
    ? { value: raw }
    : { problem: `${describeValue(raw)} is not true or false` };
}

function parseUserRegion(raw: unknown): FieldResult<string | null> {
  if (raw === null) return { value: null };
  if (raw === 'INTL') return { value: 'INTL' };
  const code = normalizeRegionCode(raw);
  return code !== undefined
    ? { value: code }
    : { problem: `${describeValue(raw)} is not a two-letter country code such as GB, or INTL` };
}

/** The user's own value for each key (`region` may be `null`, from the language, or `INTL`). */
export const settingParsers: {
  [K in keyof Settings]: (raw: unknown, knownSiteIds?: ReadonlySet<string>) => FieldResult<Settings[K]>;
} = {
  audience: (raw) => parseEnum(AUDIENCES, raw),
  region: parseUserRegion,
  language: (raw) => parseEnum(LANGUAGE_SETTINGS, raw),
  panelMode: (raw) => parseEnum(PANEL_MODES, raw),
  panelCorner: (raw) => parseEnum(PANEL_CORNERS, raw),
  disabledSites: parseSiteIdList,
  worriedButton: parseBoolean,
};
