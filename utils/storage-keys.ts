/**
 * The name of every key in `storage.local`. Names only, with no imports, so the in-page loader and every
 * module that reads or writes a key can take them from here; what each key holds, who writes it and how
 * it is checked is `storage-schema.ts`.
 */

/** The user's own settings (options page); read with `parseStoredSettings` (stored-settings.ts). */
export const SETTINGS_STORAGE_KEY = 'settings';
/** Policy over user over recommended over default (worker); read with `parseEffectiveSettings`, or `parsePanelRules` in the loader. */
export const effectiveSettingsKey = 'effectiveSettings';
/** What the panel remembers per site (panel, options' reset); read with `parseSiteUiState`. */
export const siteUiKey = (siteId: string) => `siteUi:${siteId}`;
/** A site's card (worker seed); read with `isCardData`. */
export const siteDataKey = (siteId: string) => `site:${siteId}`;
/** A site's name and live patterns for the loader (worker seed); read with `parseLoaderSite`. */
export const loaderSiteKey = (siteId: string) => `loaderSite:${siteId}`;
/** The chip's two strings per language (worker seed); read with `isChipText`. */
export const chipTextKey = (language: string) => `chipText:${language}`;
/** The loader's stylesheet, components/chip.css (worker seed); a string. */
export const chipCssKey = 'chipCss';
/** Text every panel shares, in English (worker seed); read with `isPanelText`. */
export const panelTextKey = 'panelText';
/** The same text in another content language, current translations applied (worker seed). */
export const localPanelTextKey = (language: string) => `panelText:${language}`;
/** One region's reporting lines, so a page reads only its own (worker seed). */
export const regionKey = (code: string) => `region:${code}`;
/**
 * A site's (or region's) current translations in one language, by field path ("privacySteps.2.text"),
 * laid over its English card by the reader; a field without one stays English (worker seed).
 */
export const siteTextKey = (siteId: string, language: string) => `siteText:${language}:${siteId}`;
export const regionTextKey = (code: string, language: string) => `regionText:${language}:${code}`;
/** The interface strings (a `_locales` catalogue) for one language (worker seed). */
export const messagesKey = (language: string) => `messages:${language}`;
/** The settings checklist's ticks for one site (panel, guide, options' import and reset); read with `parseSiteChecklist`. */
export const checklistKey = (siteId: string) => `checklist:${siteId}`;
