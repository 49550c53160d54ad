import { isRecord, type Notice } from './notices';
import { parsePolicy, type ParsedPolicy, type Policy } from './policy';
import { defaultSettings, SETTINGS_KEYS, type Contact, type Settings } from './settings-model';
import { parseStoredSettings } from './stored-settings';
import type { EffectiveSettings } from './effective-settings';

/**
 * The part of the policy that decides the user's settings, kept in the stored effective settings so the
 * options page can show what is enforced and recommended at once, before `storage.managed` answers (on a
 * fresh start it can take about 4 s).
 */
export interface StoredOrganisation {
  policy: Partial<
    Pick<
      Policy,
      | 'audience'
      | 'region'
      | 'language'
      | 'panelMode'
      | 'disabledSites'
      | 'lockSettings'
      | 'recommended'
      | 'checklist'
      | 'worriedButton'
    >
  >;
  notices: Notice[];
}

/** What the worker stores under `effectiveSettingsKey`. The content script reads only the `EffectiveSettings` part. */
export type StoredEffectiveSettings = EffectiveSettings & {
  siteNotes: Record<string, string>;
  organisation: StoredOrganisation;
};

export interface ComputedSettings {
  effective: StoredEffectiveSettings;
  /** Problems with stored user settings and with policy values, each naming its key. */
  userNotices: Notice[];
  policyNotices: Notice[];
  locked: string[];
  lockedSites: string[];
  allLocked: boolean;
  /** Keys whose value is the organisation's recommendation ("Recommended by your organisation"). */
  recommended: string[];
  /** Keys the organisation recommends where the user chose another value. */
  recommendedOverridden: string[];
  /** The organisation's recommended values (for "use the recommended value"). */
  recommendedValues: Partial<Settings>;
  /** Stored settings come from a newer version: never write them back. */
  futureVersion: boolean;
}

const ORGANISATION_KEYS = [
  'audience',
  'region',
  'language',
  'panelMode',
  'disabledSites',
  'lockSettings',
  'recommended',
  'checklist',
  'worriedButton',
] as const;

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
  contact: Contact | undefined;
  extraTips: string[];
  siteNotes: Record<string, string>;
  /** The settings checklist shows: the policy's `checklist`, else unless `lockSettings`. */
  checklist: boolean;
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
    language: pick('language'),
    panelMode: pick('panelMode'),
    panelCorner: user.panelCorner ?? recommendation.panelCorner ?? defaults.panelCorner,
    disabledSites,
    worriedButton: pick('worriedButton'),
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
    checklist: policy.checklist ?? !allLocked,
  };
}

/** Policy over user over recommended over default, from a policy already parsed. */
export function computeWithPolicy(
  storedUser: unknown,
  parsed: ParsedPolicy,
  knownSiteIds: readonly string[],
): ComputedSettings {
  const user = parseStoredSettings(storedUser, { knownSiteIds });
  const merged = mergeSettings(defaultSettings, user.explicit, parsed.policy);
  const organisation: StoredOrganisation = { policy: {}, notices: parsed.notices };
  for (const key of ORGANISATION_KEYS) {
    if (parsed.policy[key] !== undefined) Object.assign(organisation.policy, { [key]: parsed.policy[key] });
  }
  return {
    effective: {
      ...merged.effective,
      ...(merged.contact ? { contact: merged.contact } : {}),
      extraTips: merged.extraTips,
      siteNotes: merged.siteNotes,
      checklist: merged.checklist,
      organisation,
    },
    userNotices: user.notices,
    policyNotices: parsed.notices,
    locked: merged.locked,
    lockedSites: merged.lockedSites,
    allLocked: merged.allLocked,
    recommended: merged.recommended,
    recommendedOverridden: merged.recommendedOverridden,
    recommendedValues: { ...parsed.policy.recommended },
    futureVersion: user.futureVersion,
  };
}

/**
 * Policy over user over recommended over default, per key. The worker stores `effective` for the content
 * script and popup, and recomputes when `storage.managed` changes (a policy that arrives late included).
 */
export function computeEffectiveSettings(
  storedUser: unknown,
  managed: unknown,
  knownSiteIds: readonly string[],
): ComputedSettings {
  return computeWithPolicy(storedUser, parsePolicy(managed, knownSiteIds), knownSiteIds);
}

/**
 * The last policy the worker saw, read back from the stored effective settings: checked again like a
 * policy (a corrupt record falls back per key to "no policy"). Nothing stored: no policy.
 */
export function organisationFromStored(
  storedEffective: unknown,
  knownSiteIds: readonly string[],
): ParsedPolicy {
  const organisation = isRecord(storedEffective) ? storedEffective.organisation : undefined;
  if (!isRecord(organisation)) return { policy: {}, notices: [] };
  const { policy } = parsePolicy(organisation.policy, knownSiteIds);
  const notices = Array.isArray(organisation.notices)
    ? (organisation.notices as unknown[]).filter(
        (n): n is Notice => isRecord(n) && typeof n.key === 'string' && typeof n.message === 'string',
      )
    : [];
  return { policy, notices: notices.map((n) => ({ key: n.key, message: n.message })) };
}
