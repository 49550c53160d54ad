import { describeKey, describeValue, isRecord, listForMessage, type Notice } from './notices';
import { MAX_LIST_SCAN, parseContact, parseExtraTips, parseSiteNotes } from './policy-fields';
import { normalizeRegionCode, settingParsers } from './setting-fields';
import type { LanguageSetting } from './languages';
import {
  SETTINGS_KEYS,
  isSettingsKey,
  type Audience,
  type Contact,
  type PanelMode,
  type Settings,
} from './settings-model';

/**
 * The managed-policy contract for schools and other organisations (`storage.managed`), documented for
 * admins in `docs/deploy.md` and declared for Chrome in `public/managed_schema.json`. The names are fixed.
 *
 * Each key is checked on its own: a wrongly typed or unknown value is ignored for that key only and named
 * in a notice the options page shows. Like `stored-settings.ts`, free of zod so runtime code can use it.
 */

export const POLICY_KEYS = [
  'audience',
  'region',
  'language',
  'disabledSites',
  'panelMode',
  'contact',
  'extraTips',
  'lockSettings',
  'recommended',
  'siteNotes',
  'checklist',
  'worriedButton',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

const MAX_UNKNOWN_NOTICES = 10;

/** @deprecated The one contact type is `Contact` in settings-model.ts. */
export type PolicyContact = Contact;

export interface Policy {
  audience: Audience;
  /** Two upper-case letters (`UK` is read as `GB`). A country without its own lines gets the international ones. */
  region: string;
  /** The interface and content language for everyone: `auto` (the browser's) or a language code. */
  language: LanguageSetting;
  /** A floor: the user may switch off more sites, never switch these back on. */
  disabledSites: string[];
  panelMode: PanelMode;
  contact: Contact;
  /** Up to ten tips of the organisation's own, shown first among the popup's tips. */
  extraTips: string[];
  /** Every setting becomes read-only, and import, export and reset are hidden. */
  lockSettings: boolean;
  /**
   * Defaults the organisation recommends: they apply until the user chooses otherwise. Precedence per key:
   * enforced policy > user > recommended > default.
   */
  recommended: Partial<Settings>;
  /** The organisation's own note per site id, shown on that site's card as text. */
  siteNotes: Record<string, string>;
  /**
   * Whether the settings checklist (ticks per step, kept on this computer) is shown. Unset: shown, except
   * with `lockSettings`, where a shared or school profile should not show one family's ticks.
   */
  checklist: boolean;
  /** Parents see the "I'm worried" button too (the young-person audience always has it). */
  worriedButton: boolean;
}

export interface ParsedPolicy {
  policy: Partial<Policy>;
  notices: Notice[];
}

/** One user-settable value as a policy sets it (enforced or recommended); `problem` names what was wrong. */
function parseSettingValue(
  key: keyof Settings,
  value: unknown,
  known: ReadonlySet<string>,
): { value?: Settings[keyof Settings]; problem?: string } {
  // A Windows registry DWORD arrives as a number where no schema converts it.
  if (key === 'worriedButton' && (value === 0 || value === 1)) return { value: value === 1 };
  if (key !== 'region') return settingParsers[key](value, known);
  // Unlike the user's own setting, a policy's region is a country: never `null` or `INTL`.
  const code = normalizeRegionCode(value);
  return code === undefined
    ? { problem: `${describeValue(value)} is not a two-letter upper-case ISO 3166-1 code such as GB` }
    : { value: code };
}

/** `problem; ignored` when nothing was kept, `problem; dropped, the others are kept` when part was. */
function settingNotice(key: string, result: { value?: unknown; problem?: string }): Notice[] {
  if (result.problem === undefined) return [];
  return [
    {
      key,
      message: `${result.problem}; ${result.value === undefined ? 'ignored' : 'dropped, the others are kept'}`,
    },
  ];
}

/** `recommended`: any user-settable key, each checked on its own like the enforced keys. */
function parseRecommended(
  raw: unknown,
  known: ReadonlySet<string>,
): { value?: Partial<Settings>; notices: Notice[] } {
  if (!isRecord(raw)) {
    return {
      notices: [
        { key: 'recommended', message: `${describeValue(raw)} is not an object of settings; ignored` },
      ],
    };
  }
  const value: Partial<Settings> = {};
  const notices: Notice[] = [];
  const unknown: string[] = [];
  for (const key of Object.keys(raw).slice(0, MAX_LIST_SCAN)) {
    if (!isSettingsKey(key)) {
      unknown.push(describeKey(key));
      continue;
    }
    const result = parseSettingValue(key, raw[key], known);
    if (result.value !== undefined) (value as Record<string, unknown>)[key] = result.value;
    notices.push(...settingNotice(`recommended.${key}`, result));
  }
  if (unknown.length > 0) {
    notices.push({
      key: 'recommended',
      message: `${listForMessage(unknown)} ${unknown.length === 1 ? 'is not a setting' : 'are not settings'} a policy can recommend (${SETTINGS_KEYS.join(', ')}); ignored`,
    });
  }
  return { value, notices };
}

/**
 * Checks what `storage.managed.get()` returned. Nothing set (undefined, null, `{}`) is no policy and no
 * notice. Never throws.
 */
export function parsePolicy(raw: unknown, knownSiteIds: readonly string[]): ParsedPolicy {
  const policy: Partial<Policy> = {};
  const notices: Notice[] = [];
  if (raw === undefined || raw === null) return { policy, notices };
  if (!isRecord(raw)) {
    return {
      policy,
      notices: [{ key: 'policy', message: `${describeValue(raw)} is not a policy object; ignored` }],
    };
  }
  try {
    const known = new Set(knownSiteIds);
    const ignored = (key: string, problem: string) => notices.push({ key, message: `${problem}; ignored` });
    let unknownCount = 0;

    for (const key of Object.keys(raw)) {
      const value = raw[key];
      switch (key) {
        case 'audience':
        case 'panelMode':
        case 'region':
        case 'language':
        case 'disabledSites':
        case 'worriedButton': {
          const result = parseSettingValue(key, value, known);
          if (result.value !== undefined) (policy as Record<string, unknown>)[key] = result.value;
          notices.push(...settingNotice(key, result));
          break;
        }
        case 'contact': {
          const result = parseContact(value);
          if (result.value !== undefined) policy.contact = result.value;
          notices.push(...result.notices);
          break;
        }
        case 'extraTips': {
          const result = parseExtraTips(value);
          if (result.value !== undefined) policy.extraTips = result.value;
          notices.push(...result.notices);
          break;
        }
        case 'recommended': {
          const result = parseRecommended(value, known);
          if (result.value !== undefined) policy.recommended = result.value;
          notices.push(...result.notices);
          break;
        }
        case 'siteNotes': {
          const result = parseSiteNotes(value, known);
          if (result.value !== undefined) policy.siteNotes = result.value;
          notices.push(...result.notices);
          break;
        }
        case 'lockSettings':
        case 'checklist': {
          // 0 and 1 too: a Windows registry DWORD arrives as a number where no schema converts it.
          if (typeof value === 'boolean') policy[key] = value;
          else if (value === 0 || value === 1) policy[key] = value === 1;
          else ignored(key, `${describeValue(value)} is not true or false`);
          break;
        }
        default:
          if (++unknownCount <= MAX_UNKNOWN_NOTICES) {
            ignored(describeKey(key), `is not a Streamwise policy (${POLICY_KEYS.join(', ')})`);
          }
      }
    }
    if (unknownCount > MAX_UNKNOWN_NOTICES) {
      notices.push({
        key: '…',
        message: `${unknownCount - MAX_UNKNOWN_NOTICES} more unknown policies; ignored`,
      });
    }
    return { policy, notices };
  } catch {
    // Only an exotic object (a proxy, a throwing getter) gets here; storage.managed never returns one.
    return { policy: {}, notices: [{ key: 'policy', message: 'could not be read; ignored' }] };
  }
}
