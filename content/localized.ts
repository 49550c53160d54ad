import { registry } from './sites/index';
import { regions } from './regions/index';
import * as tips from './tips';
import { parseTranslationFile, type TranslationFile } from '../utils/content-translation';
import {
  groupTranslationFiles,
  localizeRegion,
  localizeSite,
  localizeTips,
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

/** The registry, the regions and the tips in one language (English wherever a translation is not current). */
export const localizedRegistry = (language: string) =>
  registry.map((site) => localizeSite(site, translations[language]?.[`sites/${site.id}`]));

export const localizedRegions = (language: string) =>
  regions.map((region) => localizeRegion(region, translations[language]?.[`regions/${region.code}`]));

export const localizedTips = (language: string) => localizeTips(tips, translations[language]?.tips);
