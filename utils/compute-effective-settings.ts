import { defaultSettings, parseStoredSettings, type Notice } from './settings';
import { mergeSettings, parsePolicy } from './policy';
import type { EffectiveSettings } from './effective-settings';

export interface ComputedSettings {
  effective: EffectiveSettings;
  /** Problems with stored user settings and with policy values, each naming its key. */
  userNotices: Notice[];
  policyNotices: Notice[];
  locked: string[];
  lockedSites: string[];
  allLocked: boolean;
  /** Stored settings come from a newer version: never write them back. */
  futureVersion: boolean;
}

/** Policy over user over default, per key (the worker stores the result for the content script). */
export function computeEffectiveSettings(
  storedUser: unknown,
  managed: unknown,
  knownSiteIds: readonly string[],
): ComputedSettings {
  const user = parseStoredSettings(storedUser, { knownSiteIds });
  const policy = parsePolicy(managed, knownSiteIds);
  const merged = mergeSettings(defaultSettings, user.settings, policy.policy);
  return {
    effective: {
      ...merged.effective,
      ...(merged.contact ? { contact: merged.contact } : {}),
      extraTips: merged.extraTips,
    },
    userNotices: user.notices,
    policyNotices: policy.notices,
    locked: merged.locked,
    lockedSites: merged.lockedSites,
    allLocked: merged.allLocked,
    futureVersion: user.futureVersion,
  };
}
