/**
 * The one settings model: the lists a setting can take, the defaults, the organisation's contact and the
 * rule for a site id. Everything that reads or checks a setting (stored settings, import files, policy,
 * effective settings, messages, the zod schemas, the options page and the panel) takes them from here.
 *
 * Data and types only: the in-page loader imports this file, and its bundle has a 4 KB budget.
 */

import type { LanguageSetting } from './languages';

export const AUDIENCES = ['parent', 'young-person'] as const;
/** `auto`: open on the first visit to a site, collapsed after; `collapsed`: always start collapsed; `live-only`: only on live pages. */
export const PANEL_MODES = ['auto', 'collapsed', 'live-only'] as const;
export const PANEL_CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;

export type Audience = (typeof AUDIENCES)[number];
export type PanelMode = (typeof PANEL_MODES)[number];
export type PanelCorner = (typeof PANEL_CORNERS)[number];

export interface Settings {
  audience: Audience;
  /** An ISO 3166-1 alpha-2 code (`GB`, never `UK`) or `INTL`; `null` means "from the browser's language". */
  region: string | null;
  /** The language of the interface and content: `auto` follows the browser's (English where Streamwise lacks it). */
  language: LanguageSetting;
  panelMode: PanelMode;
  panelCorner: PanelCorner;
  /** Registry ids of the sites where the panel is switched off. */
  disabledSites: string[];
  /** Parents see the "I'm worried" button too (the young-person audience always has it). */
  worriedButton: boolean;
}

export const SETTINGS_KEYS = [
  'audience',
  'region',
  'language',
  'panelMode',
  'panelCorner',
  'disabledSites',
  'worriedButton',
] as const satisfies readonly (keyof Settings)[];

export function isSettingsKey(key: string): key is keyof Settings {
  return (SETTINGS_KEYS as readonly string[]).includes(key);
}

export const defaultSettings: Readonly<Settings> = Object.freeze({
  audience: 'parent',
  region: null,
  language: 'auto',
  panelMode: 'auto',
  panelCorner: 'bottom-right',
  disabledSites: Object.freeze([]) as unknown as string[],
  worriedButton: false,
});

/** A fresh, mutable copy of the defaults. */
export const freshDefaults = (): Settings => ({ ...defaultSettings, disabledSites: [] });

/** The organisation's safeguarding lead (policy `contact`), shown as "Talk to …". Phone and email are text, never links. */
export interface Contact {
  name: string;
  /** Always https. */
  url?: string;
  phone?: string;
  email?: string;
}

/**
 * A registry site id: a lowercase slug (`twitch`, `youtube-kids`) of at most `SITE_ID_MAX_LENGTH`
 * characters. The registry schema, the settings and policy readers and the message guards all use it, so
 * an id the build accepts is never refused later.
 */
export const SITE_ID_MAX_LENGTH = 40;
export const SITE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSiteId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SITE_ID_MAX_LENGTH && SITE_ID_PATTERN.test(value);
}

/** Two upper-case letters; `UK` is read as `GB` (`canonicalCountryCode` in region.ts). */
export const REGION_PATTERN = /^[A-Z]{2}$/;
/** More entries than this is not a list a person made; the key is treated as invalid. */
export const MAX_SITE_LIST = 200;
