import { api } from './api';
import {
  chipCssKey,
  chipTextKey,
  effectiveSettingsKey,
  loaderSiteKey,
  siteUiKey,
} from '../../utils/storage-keys';
import { isChipText, type ChipText } from '../../utils/chip-text';
import { parsePanelRules, type PanelRules } from '../../utils/effective-settings';
import { parseLoaderSite, type LoaderSite } from '../../utils/loader-site';
import { parseSiteUiState, type SiteUiState } from '../../utils/site-ui-state';

export interface LoaderData {
  site: LoaderSite;
  /** The effective settings as stored, for the full panel; `rules` is the loader's part of them. */
  storedSettings: unknown;
  rules: PanelRules;
  ui: SiteUiState;
  chip: ChipText;
  /** The chip's stylesheet; missing only until the worker has seeded storage (just after install). */
  css?: string;
}

/** The browser's own catalogue: a synchronous read, used only before the worker has seeded storage. */
function chipTextFromBrowser(): ChipText {
  return {
    label: api.i18n.getMessage('chipLabel'),
    expand: api.i18n.getMessage('expandLabel', '{site}'),
  };
}

/** Everything the loader decides with, in one storage call (a few hundred bytes). */
export async function readLoaderData(siteId: string, language: string): Promise<LoaderData> {
  const keys = [
    effectiveSettingsKey,
    siteUiKey(siteId),
    loaderSiteKey(siteId),
    chipTextKey(language),
    chipTextKey('en'),
    chipCssKey,
  ];
  const stored: Record<string, unknown> = await api.storage.local.get(keys);
  const own = stored[chipTextKey(language)];
  const english = stored[chipTextKey('en')];
  return {
    site: parseLoaderSite(stored[loaderSiteKey(siteId)], siteId),
    storedSettings: stored[effectiveSettingsKey],
    rules: parsePanelRules(stored[effectiveSettingsKey]),
    ui: parseSiteUiState(stored[siteUiKey(siteId)]),
    chip: isChipText(own) ? own : isChipText(english) ? english : chipTextFromBrowser(),
    ...(typeof stored[chipCssKey] === 'string' ? { css: stored[chipCssKey] } : {}),
  };
}

export function saveSiteUi(siteId: string, state: SiteUiState): void {
  void api.storage.local.set({ [siteUiKey(siteId)]: state }).catch(() => undefined);
}
