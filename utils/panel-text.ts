import type { CardText } from './card-types';

/** Text every panel shares, seeded into storage with the site cards so the panel bundles none of it. */
export type PanelText = CardText;

export function isPanelText(value: unknown): value is PanelText {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return (
    strings(v.liveRisks) &&
    strings(v.youngTips) &&
    strings(v.youngLines) &&
    strings(v.keepEvidence) &&
    Array.isArray(v.talkAbout)
  );
}

/** `en-GB` → `en`, `fr_CA` → `fr`: the catalogue a UI locale asks for (English when it is not stored). */
export const localeLanguage = (locale: string) => locale.toLowerCase().split(/[-_]/)[0] || 'en';
