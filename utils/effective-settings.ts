import {
  AUDIENCES,
  defaultSettings,
  PANEL_CORNERS,
  PANEL_MODES,
  type Audience,
  type Contact,
  type PanelCorner,
  type PanelMode,
} from './settings-model';
import type { PanelState } from './panel-contract';
import { LANGUAGE_SETTINGS, type LanguageSetting } from './languages';

/**
 * What the panel and popup obey, worked out by the worker (policy over user over default) and kept in
 * storage.local, so the content script reads one small record instead of bundling the policy parser.
 */
export interface EffectiveSettings {
  audience: Audience;
  region: string | null;
  /** The reader's language for the interface and content: `auto` follows the browser. */
  language: LanguageSetting;
  panelMode: PanelMode;
  panelCorner: PanelCorner;
  disabledSites: string[];
  contact?: Contact;
  extraTips: string[];
  /** The organisation's note per site id (policy `siteNotes`); show it with `schoolNoteFor`. */
  siteNotes?: Readonly<Record<string, string>>;
  /** The settings checklist shows (policy `checklist`, else not under `lockSettings`). */
  checklist: boolean;
  /** Parents see the "I'm worried" button too; see `worriedAvailable`. */
  worriedButton: boolean;
}

/** A school's note for one site's card: who it is from, and the text (always rendered as text). */
export interface SchoolNote {
  org: string;
  text: string;
}

export const defaultEffectiveSettings: EffectiveSettings = {
  ...defaultSettings,
  disabledSites: [],
  extraTips: [],
  siteNotes: {},
  checklist: true,
};

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const textRecord = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

/** The few settings the loader decides with: whether, where and how the panel shows, and in which language. */
export type PanelRules = Pick<EffectiveSettings, 'panelMode' | 'panelCorner' | 'disabledSites' | 'language'>;

const asRecord = (raw: unknown) =>
  typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};

/** The loader's part of the stored record, checked per key like the whole. */
export function parsePanelRules(raw: unknown): PanelRules {
  const r = asRecord(raw);
  const d = defaultEffectiveSettings;
  return {
    panelMode: oneOf(PANEL_MODES, r.panelMode, d.panelMode),
    panelCorner: oneOf(PANEL_CORNERS, r.panelCorner, d.panelCorner),
    disabledSites: strings(r.disabledSites),
    language: oneOf<LanguageSetting>(LANGUAGE_SETTINGS, r.language, d.language),
  };
}

/** A light, per-key check of the stored record (the worker wrote it; a corrupt key falls back alone). */
export function parseEffectiveSettings(raw: unknown): EffectiveSettings {
  const r = asRecord(raw);
  const d = defaultEffectiveSettings;
  const contact = r.contact as Record<string, unknown> | undefined;
  return {
    audience: oneOf(AUDIENCES, r.audience, d.audience),
    region: typeof r.region === 'string' ? r.region : null,
    ...parsePanelRules(raw),
    ...(contact && typeof contact.name === 'string'
      ? {
          contact: {
            name: contact.name,
            ...(typeof contact.url === 'string' && contact.url.startsWith('https://')
              ? { url: contact.url }
              : {}),
            ...(typeof contact.phone === 'string' ? { phone: contact.phone } : {}),
            ...(typeof contact.email === 'string' ? { email: contact.email } : {}),
          },
        }
      : {}),
    extraTips: strings(r.extraTips),
    siteNotes: textRecord(r.siteNotes),
    checklist: typeof r.checklist === 'boolean' ? r.checklist : !lockedByPolicy(r),
    worriedButton: typeof r.worriedButton === 'boolean' ? r.worriedButton : d.worriedButton,
  };
}

/** A damaged `checklist` flag falls back to what the stored policy implies: hidden under `lockSettings`. */
function lockedByPolicy(r: Record<string, unknown>): boolean {
  const policy = asRecord(asRecord(r.organisation).policy);
  return policy.lockSettings === true && policy.checklist !== true;
}

/**
 * The organisation's note for a site's card, under the contact's name when the policy sets one, else
 * under `fallbackOrg` (the interface's "Your organisation"). No note: `undefined`.
 */
export function schoolNoteFor(
  settings: Pick<EffectiveSettings, 'siteNotes' | 'contact'>,
  siteId: string,
  fallbackOrg: string,
): SchoolNote | undefined {
  const notes = settings.siteNotes;
  const text = notes && Object.hasOwn(notes, siteId) ? notes[siteId] : undefined;
  return text ? { org: settings.contact?.name ?? fallbackOrg, text } : undefined;
}

/** Whether the panel shows at all on this page. */
export function panelAllowed(
  settings: Pick<PanelRules, 'panelMode' | 'disabledSites'>,
  siteId: string,
  isLive: boolean,
  dismissed: boolean,
): boolean {
  if (dismissed || settings.disabledSites.includes(siteId)) return false;
  return settings.panelMode !== 'live-only' || isLive;
}

/** How the panel starts: open on the first visit in `auto` mode, otherwise collapsed. */
export function initialPanelState(settings: Pick<PanelRules, 'panelMode'>, seenBefore: boolean): PanelState {
  return settings.panelMode === 'auto' && !seenBefore ? 'open' : 'collapsed';
}
