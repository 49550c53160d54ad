import { api } from './api';
import {
  chipCssKey,
  chipTextKey,
  effectiveSettingsKey,
  loaderSiteKey,
  siteUiKey,
} from '../../utils/storage-keys';
import { isChipText, type ChipText } from '../../utils/chip-text';
import { CONTENT_LANGUAGES } from '../../utils/languages';
import { parsePanelRules, type PanelRules } from '../../utils/effective-settings';
import { parseLoaderSite, type LoaderSite } from '../../utils/loader-site';
import { parseSiteUiState, type SiteUiState } from '../../utils/site-ui-state';

export interface LoaderData {
  site: LoaderSite;
  /** The effective settings as stored, for the full panel; `rules` is the loader's part of them. */
  storedSettings: unknown;
  rules: PanelRules;
  ui: SiteUiState;
  /** What the one read returned, the chip's text in every language among it (a few dozen bytes each). */
  chips: Record<string, unknown>;
  /** The chip's stylesheet; missing only until the worker has seeded storage (just after install). */
  css?: string;
}

/**
 * The chip's text in `language`, else English. The chip shows only once the worker has seeded storage
 * (its stylesheet comes in the same write), so a text is missing only from a damaged storage: the chip
 * then still names the site.
 */
export function chipTextIn(chips: Record<string, unknown>, language: string): ChipText {
  const own = chips[chipTextKey(language)];
  const english = chips[chipTextKey('en')];
  return isChipText(own) ? own : isChipText(english) ? english : { label: '', expand: '{site}' };
}

/**
 * Everything the loader decides with, in one storage call (a few hundred bytes). The chip's text comes
 * in every language: which one shows depends on the `language` setting read in the same call.
 */
export async function readLoaderData(siteId: string): Promise<LoaderData> {
  const keys = [
    effectiveSettingsKey,
    siteUiKey(siteId),
    loaderSiteKey(siteId),
    chipCssKey,
    ...CONTENT_LANGUAGES.map(chipTextKey),
  ];
  const stored: Record<string, unknown> = await api.storage.local.get(keys);
  return {
    site: parseLoaderSite(stored[loaderSiteKey(siteId)], siteId),
    storedSettings: stored[effectiveSettingsKey],
    rules: parsePanelRules(stored[effectiveSettingsKey]),
    ui: parseSiteUiState(stored[siteUiKey(siteId)]),
    chips: stored,
    ...(typeof stored[chipCssKey] === 'string' ? { css: stored[chipCssKey] } : {}),
  };
}

export function saveSiteUi(siteId: string, state: SiteUiState): void {
  void api.storage.local.set({ [siteUiKey(siteId)]: state }).catch(() => undefined);
}
