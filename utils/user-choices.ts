import type { Settings } from './settings-model';

/**
 * The user's own choices after a change in the options page or an import. Only keys the user chose are
 * kept (an organisation's recommendation fills the others), and the policy's disabled sites stay the
 * policy's: a floor the user cannot lift, never copied into the user's own list.
 */
export function applyUserChange(
  choices: Readonly<Partial<Settings>>,
  patch: Readonly<Partial<Settings>>,
  lockedSites: readonly string[],
): Partial<Settings> {
  const next = { ...choices, ...patch };
  if (patch.disabledSites) next.disabledSites = patch.disabledSites.filter((id) => !lockedSites.includes(id));
  return next;
}

/** Forgets the user's own value for `key`, so the organisation's recommendation applies again. */
export function forgetUserChoice(
  choices: Readonly<Partial<Settings>>,
  key: keyof Settings,
): Partial<Settings> {
  const next = { ...choices };
  delete next[key];
  return next;
}
