import type { PanelCorner, PanelMode, Audience } from './settings';
import type { PolicyContact } from './policy';
import type { PanelState } from '../components/Panel';

/**
 * What the panel and popup obey, worked out by the worker (policy over user over default) and kept in
 * storage.local, so the content script reads one small record instead of bundling the policy parser.
 */
export interface EffectiveSettings {
  audience: Audience;
  region: string | null;
  panelMode: PanelMode;
  panelCorner: PanelCorner;
  disabledSites: string[];
  contact?: PolicyContact;
  extraTips: string[];
}

export const effectiveSettingsKey = 'effectiveSettings';

export const defaultEffectiveSettings: EffectiveSettings = {
  audience: 'parent',
  region: null,
  panelMode: 'auto',
  panelCorner: 'bottom-right',
  disabledSites: [],
  extraTips: [],
};

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A light, per-key check of the stored record (the worker wrote it; a corrupt key falls back alone). */
export function parseEffectiveSettings(raw: unknown): EffectiveSettings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const d = defaultEffectiveSettings;
  const contact = r.contact as Record<string, unknown> | undefined;
  return {
    audience: oneOf(['parent', 'young-person'], r.audience, d.audience),
    region: typeof r.region === 'string' ? r.region : null,
    panelMode: oneOf(['auto', 'collapsed', 'live-only'], r.panelMode, d.panelMode),
    panelCorner: oneOf(
      ['bottom-right', 'bottom-left', 'top-right', 'top-left'],
      r.panelCorner,
      d.panelCorner,
    ),
    disabledSites: strings(r.disabledSites),
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
  };
}

/** Whether the panel shows at all on this page. */
export function panelAllowed(
  settings: EffectiveSettings,
  siteId: string,
  isLive: boolean,
  dismissed: boolean,
): boolean {
  if (dismissed || settings.disabledSites.includes(siteId)) return false;
  return settings.panelMode !== 'live-only' || isLive;
}

/** How the panel starts: open on the first visit in `auto` mode, otherwise collapsed. */
export function initialPanelState(settings: EffectiveSettings, seenBefore: boolean): PanelState {
  return settings.panelMode === 'auto' && !seenBefore ? 'open' : 'collapsed';
}
