import {
  AUDIENCES,
  PANEL_CORNERS,
  PANEL_MODES,
  SETTINGS_KEYS,
  describeKey,
  describeValue,
  isRecord,
  isSettingsKey,
  listForMessage,
  normalizeRegionCode,
  ownValue,
  parseEnum,
  parseSiteIdList,
  type Audience,
  type Notice,
  type PanelMode,
  type Settings,
} from './settings';

/**
 * The managed-policy contract for schools and other organisations (`storage.managed`), documented for
 * admins in `docs/deploy.md` and declared for Chrome in `public/managed_schema.json`. The names are fixed.
 *
 * Each key is checked on its own: a wrongly typed or unknown value is ignored for that key only and named
 * in a notice the options page shows. Like `settings.ts`, free of zod so the content script can use it.
 */

export const POLICY_KEYS = [
  'audience',
  'region',
  'disabledSites',
  'panelMode',
  'contact',
  'extraTips',
  'lockSettings',
  'recommended',
  'siteNotes',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export const CONTACT_FIELDS = ['name', 'url', 'phone', 'email'] as const;
export const MAX_CONTACT_TEXT = 120;
export const MAX_URL_LENGTH = 2048;
export const MAX_EXTRA_TIPS = 10;
export const MAX_TIP_LENGTH = 280;
export const MAX_SITE_NOTE_LENGTH = 500;
const MAX_LIST_SCAN = 1000;
const MAX_UNKNOWN_NOTICES = 10;

/** The school's safeguarding lead, shown as "Talk to …". Phone and email are shown as text, never links. */
export interface PolicyContact {
  name: string;
  /** Always https. */
  url?: string;
  phone?: string;
  email?: string;
}

export interface Policy {
  audience: Audience;
  /** Two upper-case letters (`UK` is read as `GB`). A country without its own lines gets the international ones. */
  region: string;
  /** A floor: the user may switch off more sites, never switch these back on. */
  disabledSites: string[];
  panelMode: PanelMode;
  contact: PolicyContact;
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
}

export interface ParsedPolicy {
  policy: Partial<Policy>;
  notices: Notice[];
}

/** Whitespace runs (newlines included) become one space; other control characters make the text unusable. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' || value.length > max * 4) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  if (text === '' || /[\u0000-\u001f\u007f]/.test(text)) return undefined;
  return [...text].length <= max ? text : undefined;
}

export function isHttpsUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function parseContact(raw: unknown): { value?: PolicyContact; notices: Notice[] } {
  const notices: Notice[] = [];
  if (!isRecord(raw)) {
    return {
      notices: [{ key: 'contact', message: `${describeValue(raw)} is not an object with a name; ignored` }],
    };
  }
  const name = cleanText(ownValue(raw, 'name'), MAX_CONTACT_TEXT);
  if (name === undefined) {
    return {
      notices: [
        {
          key: 'contact',
          message: `its name (${describeValue(ownValue(raw, 'name'))}) must be text of 1 to ${MAX_CONTACT_TEXT} characters; the contact is ignored`,
        },
      ],
    };
  }
  const contact: PolicyContact = { name };

  const url = ownValue(raw, 'url');
  if (url !== undefined) {
    const text = typeof url === 'string' ? url.trim() : undefined;
    if (text !== undefined && isHttpsUrl(text)) contact.url = text;
    else {
      notices.push({
        key: 'contact.url',
        message: `${describeValue(url)} is not an https:// address; ignored, the rest of the contact is kept`,
      });
    }
  }
  for (const field of ['phone', 'email'] as const) {
    const value = ownValue(raw, field);
    if (value === undefined) continue;
    const text = cleanText(value, MAX_CONTACT_TEXT);
    if (text !== undefined) contact[field] = text;
    else {
      notices.push({
        key: `contact.${field}`,
        message: `${describeValue(value)} is not text of 1 to ${MAX_CONTACT_TEXT} characters; ignored, the rest of the contact is kept`,
      });
    }
  }
  const extra = Object.keys(raw).filter((k) => !(CONTACT_FIELDS as readonly string[]).includes(k));
  if (extra.length > 0) {
    notices.push({
      key: 'contact',
      message: `${listForMessage(extra.map(describeKey))} ${extra.length === 1 ? 'is not a contact field' : 'are not contact fields'} (${CONTACT_FIELDS.join(', ')}); ignored`,
    });
  }
  return { value: contact, notices };
}

function parseExtraTips(raw: unknown): { value?: string[]; notices: Notice[] } {
  if (!Array.isArray(raw)) {
    return {
      notices: [{ key: 'extraTips', message: `${describeValue(raw)} is not a list of tips; ignored` }],
    };
  }
  const items = raw as unknown[];
  const tips: string[] = [];
  const bad: string[] = [];
  let overLimit = 0;
  items.slice(0, MAX_LIST_SCAN).forEach((item, index) => {
    const tip = cleanText(item, MAX_TIP_LENGTH);
    if (tip === undefined) bad.push(String(index + 1));
    else if (tips.length < MAX_EXTRA_TIPS) tips.push(tip);
    else overLimit += 1;
  });
  overLimit += Math.max(0, items.length - MAX_LIST_SCAN);
  const notices: Notice[] = [];
  if (bad.length > 0) {
    notices.push({
      key: 'extraTips',
      message: `${bad.length === 1 ? 'item' : 'items'} ${listForMessage(bad)} ${bad.length === 1 ? 'is' : 'are'} not text of 1 to ${MAX_TIP_LENGTH} characters; dropped, the others are kept`,
    });
  }
  if (overLimit > 0) {
    notices.push({
      key: 'extraTips',
      message: `only the first ${MAX_EXTRA_TIPS} tips are shown; ${overLimit} more ignored`,
    });
  }
  return { value: tips, notices };
}

/** One user-settable value as a policy sets it (enforced or recommended); `problem` names what was wrong. */
function parseSettingValue(
  key: keyof Settings,
  value: unknown,
  known: ReadonlySet<string>,
): { value?: Settings[keyof Settings]; problem?: string } {
  switch (key) {
    case 'audience':
      return parseEnum(AUDIENCES, value);
    case 'panelMode':
      return parseEnum(PANEL_MODES, value);
    case 'panelCorner':
      return parseEnum(PANEL_CORNERS, value);
    case 'region': {
      const code = normalizeRegionCode(value);
      return code === undefined
        ? { problem: `${describeValue(value)} is not a two-letter upper-case ISO 3166-1 code such as GB` }
        : { value: code };
    }
    case 'disabledSites':
      return parseSiteIdList(value, known);
  }
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

/** `siteNotes`: `{ "<site id>": "text" }`. Unknown ids and unusable texts are dropped and named. */
function parseSiteNotes(
  raw: unknown,
  known: ReadonlySet<string>,
): { value?: Record<string, string>; notices: Notice[] } {
  if (!isRecord(raw)) {
    return {
      notices: [
        {
          key: 'siteNotes',
          message: `${describeValue(raw)} is not an object of site ids and notes; ignored`,
        },
      ],
    };
  }
  const value: Record<string, string> = {};
  const unknownIds: string[] = [];
  const badTexts: string[] = [];
  for (const id of Object.keys(raw).slice(0, MAX_LIST_SCAN)) {
    if (!known.has(id)) {
      unknownIds.push(describeValue(id));
      continue;
    }
    const text = cleanText(raw[id], MAX_SITE_NOTE_LENGTH);
    if (text === undefined) badTexts.push(id);
    else
      Object.defineProperty(value, id, { value: text, enumerable: true, writable: true, configurable: true });
  }
  const notices: Notice[] = [];
  if (unknownIds.length > 0) {
    notices.push({
      key: 'siteNotes',
      message: `${listForMessage(unknownIds)} ${unknownIds.length === 1 ? 'is not a known site id' : 'are not known site ids'}; dropped, the others are kept`,
    });
  }
  if (badTexts.length > 0) {
    notices.push({
      key: 'siteNotes',
      message: `the ${badTexts.length === 1 ? 'note' : 'notes'} for ${listForMessage(badTexts)} ${badTexts.length === 1 ? 'is' : 'are'} not text of 1 to ${MAX_SITE_NOTE_LENGTH} characters; dropped, the others are kept`,
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
        case 'disabledSites': {
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
        case 'lockSettings': {
          // 0 and 1 too: a Windows registry DWORD arrives as a number where no schema converts it.
          if (typeof value === 'boolean') policy.lockSettings = value;
          else if (value === 0 || value === 1) policy.lockSettings = value === 1;
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

export interface MergedSettings {
  /** What the extension uses: per key, policy over user over recommended over default. */
  effective: Settings;
  /**
   * Settings the user cannot change: those the policy sets (shown as "Set by your organisation") or,
   * with `lockSettings`, all of them. `disabledSites` is in it only with `lockSettings`; otherwise the
   * policy's sites are a floor, listed in `lockedSites`.
   */
  locked: (keyof Settings)[];
  /** Sites the policy switches off; the user cannot switch them back on. */
  lockedSites: string[];
  /** `lockSettings`: also hide import, export and reset. */
  allLocked: boolean;
  /**
   * Keys the organisation recommends that the user can still change, whose value is the recommended one
   * (the user has not chosen another): shown as "Recommended by your organisation".
   */
  recommended: (keyof Settings)[];
  /** Keys the organisation recommends where the user has chosen another value. */
  recommendedOverridden: (keyof Settings)[];
  contact: PolicyContact | undefined;
  extraTips: string[];
  siteNotes: Record<string, string>;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item) => b.includes(item))
    : a === b;

/**
 * Precedence per key: managed > user > recommended > default; `disabledSites` is the union of the
 * policy's floor and (the user's list, else the recommended one, else the default). `user` holds only the
 * keys the user chose (see `ParsedSettings.explicit`), so a recommendation applies until they choose.
 */
export function mergeSettings(
  defaults: Readonly<Settings>,
  user: Readonly<Partial<Settings>>,
  policy: Readonly<Partial<Policy>>,
): MergedSettings {
  const recommendation = policy.recommended ?? {};
  const pick = <K extends keyof Settings & keyof Policy>(key: K): Settings[K] =>
    (policy[key] as Settings[K] | undefined) ?? user[key] ?? recommendation[key] ?? defaults[key];
  const lockedSites = [...(policy.disabledSites ?? [])];
  const disabledSites = [...lockedSites];
  for (const id of user.disabledSites ?? recommendation.disabledSites ?? defaults.disabledSites) {
    if (!disabledSites.includes(id)) disabledSites.push(id);
  }
  const effective: Settings = {
    audience: pick('audience'),
    region: pick('region'),
    panelMode: pick('panelMode'),
    panelCorner: user.panelCorner ?? recommendation.panelCorner ?? defaults.panelCorner,
    disabledSites,
  };
  const allLocked = policy.lockSettings === true;
  const locked = SETTINGS_KEYS.filter((key) =>
    allLocked
      ? true
      : key !== 'disabledSites' && (policy as Partial<Record<string, unknown>>)[key] !== undefined,
  );
  const recommendable = SETTINGS_KEYS.filter(
    (key) => recommendation[key] !== undefined && !locked.includes(key),
  );
  const follows = (key: keyof Settings) =>
    user[key] === undefined || sameValue(user[key], recommendation[key]);
  return {
    effective,
    locked,
    lockedSites,
    allLocked,
    recommended: recommendable.filter(follows),
    recommendedOverridden: recommendable.filter((key) => !follows(key)),
    contact: policy.contact,
    extraTips: [...(policy.extraTips ?? [])],
    siteNotes: { ...policy.siteNotes },
  };
}
