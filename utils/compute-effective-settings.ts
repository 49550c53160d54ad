import { defaultSettings, isRecord, parseStoredSettings, type Notice, type Settings } from './settings';
import { mergeSettings, parsePolicy, type ParsedPolicy, type Policy } from './policy';
import type { EffectiveSettings } from './effective-settings';

/**
 * The part of the policy that decides the user's settings, kept in the stored effective settings so the
 * options page can show what is enforced and recommended at once, before `storage.managed` answers (on a
 * fresh start it can take about 4 s).
 */
export interface StoredOrganisation {
  policy: Partial<
    Pick<Policy, 'audience' | 'region' | 'panelMode' | 'disabledSites' | 'lockSettings' | 'recommended'>
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
  'panelMode',
  'disabledSites',
  'lockSettings',
  'recommended',
] as const;

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
