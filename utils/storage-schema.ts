import { isCardData } from './card-data';
import type { SiteCardData } from './card-types';
import { isChipText, type ChipText } from './chip-text';
import type { StoredEffectiveSettings } from './compute-effective-settings';
import type { Region } from './content-schema';
import { parseEffectiveSettings } from './effective-settings';
import type { LoaderSite } from './loader-site';
import { isRecord } from './notices';
import { isCatalogue, isStoredRegion } from './stored-shapes';
import { isPanelText, type PanelText } from './panel-text';
import { parseSiteUiState, type SiteUiState } from './site-ui-state';
import { parseSiteChecklist, type SiteChecklist } from './checklist';
import { parseStoredSettings, type StoredSettings } from './stored-settings';
import type { CatalogEntry } from './translate';
import {
  checklistKey,
  chipCssKey,
  chipTextKey,
  effectiveSettingsKey,
  loaderSiteKey,
  localPanelTextKey,
  messagesKey,
  panelTextKey,
  regionKey,
  regionTextKey,
  SETTINGS_STORAGE_KEY,
  siteDataKey,
  siteTextKey,
  siteUiKey,
} from './storage-keys';

/**
 * Every key in `storage.local`, in one place: its name, who writes it, the shape of its value and the
 * check a reader applies. Nothing else in `storage.local` is read or written.
 *
 * The names themselves are in `storage-keys.ts` (re-exported here), which has no imports: the in-page
 * loader takes them from there and stays within its 4 KB budget, and no reader imports this table.
 */

export * from './storage-keys';

/** The value each key holds. `buildSeedData` (seed-data.ts) writes every key marked "worker seed" above. */
export interface StorageLocal {
  [SETTINGS_STORAGE_KEY]: Partial<StoredSettings>;
  [effectiveSettingsKey]: StoredEffectiveSettings;
  [chipCssKey]: string;
  [panelTextKey]: PanelText;
  [localPanelText: `panelText:${string}`]: PanelText;
  [siteText: `siteText:${string}`]: Readonly<Record<string, string>>;
  [regionText: `regionText:${string}`]: Readonly<Record<string, string>>;
  [siteUi: `siteUi:${string}`]: SiteUiState;
  [checklist: `checklist:${string}`]: SiteChecklist;
  [site: `site:${string}`]: SiteCardData & { reviewedMonth: Record<string, string> };
  [loaderSite: `loaderSite:${string}`]: LoaderSite;
  [chipText: `chipText:${string}`]: ChipText | undefined;
  [region: `region:${string}`]: Region;
  [messages: `messages:${string}`]: Readonly<Record<string, CatalogEntry>>;
}

/** A translation overlay: field path → text. */
const isTexts = (value: unknown) =>
  isRecord(value) && Object.values(value).every((text) => typeof text === 'string' && text !== '');

const sameAs = (value: unknown, parsed: object) =>
  isRecord(value) && Object.entries(parsed).every(([k, v]) => JSON.stringify(value[k]) === JSON.stringify(v));

/**
 * Each kind of key: who writes it (`seed`: `buildSeedData`, written by the worker on install and update)
 * and whether a value is one its readers take as written (`id` is the part after the colon). The readers
 * repair per field (`parse…`) or refuse (`is…`); `check` says the value needed neither.
 */
export const STORAGE_LOCAL = [
  {
    key: SETTINGS_STORAGE_KEY,
    writtenBy: 'options',
    check: (value: unknown) => parseStoredSettings(value).notices.length === 0,
  },
  {
    key: effectiveSettingsKey,
    writtenBy: 'worker',
    check: (value: unknown) => sameAs(value, parseEffectiveSettings(value)),
  },
  {
    key: siteUiKey('<id>'),
    writtenBy: 'panel',
    check: (value: unknown) => sameAs(value, parseSiteUiState(value)),
  },
  {
    key: checklistKey('<id>'),
    writtenBy: 'panel',
    check: (value: unknown) =>
      sameAs(value, parseSiteChecklist(value)) && sameAs(parseSiteChecklist(value), value as object),
  },
  {
    key: siteDataKey('<id>'),
    writtenBy: 'seed',
    check: (value: unknown, id: string) => isCardData(value, id),
  },
  {
    key: loaderSiteKey('<id>'),
    writtenBy: 'seed',
    check: (value: unknown) =>
      isRecord(value) &&
      typeof value.name === 'string' &&
      (value.live === undefined || Array.isArray(value.live)),
  },
  { key: chipTextKey('<lang>'), writtenBy: 'seed', check: (value: unknown) => isChipText(value) },
  {
    key: chipCssKey,
    writtenBy: 'seed',
    check: (value: unknown) => typeof value === 'string' && value !== '',
  },
  { key: panelTextKey, writtenBy: 'seed', check: (value: unknown) => isPanelText(value) },
  { key: localPanelTextKey('<lang>'), writtenBy: 'seed', check: (value: unknown) => isPanelText(value) },
  { key: siteTextKey('<id>', '<lang>'), writtenBy: 'seed', check: isTexts },
  { key: regionTextKey('<code>', '<lang>'), writtenBy: 'seed', check: isTexts },
  {
    key: regionKey('<code>'),
    writtenBy: 'seed',
    check: (value: unknown, code: string) => isStoredRegion(value, code),
  },
  {
    key: messagesKey('<lang>'),
    writtenBy: 'seed',
    check: (value: unknown) => isCatalogue(value),
  },
] as const;

/** The `STORAGE_LOCAL` entry a stored key belongs to (`site:twitch` → `site:<id>`). */
export function storageEntryFor(key: string): (typeof STORAGE_LOCAL)[number] | undefined {
  return STORAGE_LOCAL.find((entry) => {
    const at = entry.key.indexOf('<');
    return at === -1 ? key === entry.key : key.startsWith(entry.key.slice(0, at)) && key.length > at;
  });
}
