import { registry } from './sites/index';
import { regions } from './regions/index';
import * as tips from './tips';
import { parseTranslationFile, type TranslationFile } from '../utils/content-translation';
import { toCardData } from '../utils/card-data';
import type { SiteCardData } from '../utils/card-types';
import type { SiteEntry } from '../utils/registry-schema';
import {
  applyOverlay,
  groupTranslationFiles,
  localizeRegion,
  localizeSite,
  localizeTips,
  siteOverlay,
  type Translations,
} from '../utils/localize-content';

/**
 * Every content translation (content/translations/<lang>/…), bundled at build. The build has already
 * checked each file (wxt.config.ts → validateTranslationFiles); a current translation replaces its
 * English field, anything else shows the English.
 */
const files = import.meta.glob<unknown>('./translations/*/**/*.json', { eager: true, import: 'default' });

export const translations: Translations = groupTranslationFiles(
  Object.fromEntries(
    Object.entries(files).map(([path, raw]): [string, TranslationFile] => [
      path,
      parseTranslationFile(raw, path),
    ]),
  ),
);

/**
 * One site's card in a language: made from the English entry first (the checklist's step ids come from
 * the English text), then its current translations laid over it.
 */
export const localizedCard = (entry: SiteEntry, language: string): SiteCardData =>
  applyOverlay(toCardData(entry), siteOverlay(entry, translations[language]?.[`sites/${entry.id}`]));

/** The registry, the regions and the tips in one language (English wherever a translation is not current). */
export const localizedRegistry = (language: string) =>
  registry.map((site) => localizeSite(site, translations[language]?.[`sites/${site.id}`]));

export const localizedRegions = (language: string) =>
  regions.map((region) => localizeRegion(region, translations[language]?.[`regions/${region.code}`]));

export const localizedTips = (language: string) => localizeTips(tips, translations[language]?.tips);
