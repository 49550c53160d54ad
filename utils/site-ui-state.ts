import { siteUiKey } from './storage-keys';

/** What the panel remembers per site. Stored under `siteUi:<id>` in storage.local. */
export interface SiteUiState {
  /** The panel has opened on this site before, so later visits start collapsed. */
  seen: boolean;
  /** The user hid the panel on this site. */
  dismissed: boolean;
}

export const defaultSiteUiState: SiteUiState = { seen: false, dismissed: false };

/** A missing or corrupt stored value falls back per field; valid fields are kept. */
export function parseSiteUiState(raw: unknown): SiteUiState {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (key: keyof SiteUiState) =>
    typeof record[key] === 'boolean' ? (record[key] as boolean) : defaultSiteUiState[key];
  return { seen: flag('seen'), dismissed: flag('dismissed') };
}

/**
 * Given everything in `storage.local`, the writes that un-dismiss every site: each `siteUi:<id>` whose
 * state says dismissed gets `dismissed: false` (and keeps `seen`). Nothing else is touched.
 */
export function resetDismissedSites(stored: unknown): Record<string, SiteUiState> {
  const writes: Record<string, SiteUiState> = {};
  if (typeof stored !== 'object' || stored === null) return writes;
  const prefix = siteUiKey('');
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    const state = parseSiteUiState(value);
    if (state.dismissed) writes[key] = { ...state, dismissed: false };
  }
  return writes;
}
