import type { CardText } from '../components/SiteCard';
import type { Region } from './content-schema';

/** Text every panel shares, seeded into storage with the site cards so the content script bundles none of it. */
export interface PanelText extends CardText {
  regions: Region[];
  /** The panel's stylesheet, kept here rather than in the content-script bundle. */
  css: string;
}

export const panelTextKey = 'panelText';

export function isPanelText(value: unknown): value is PanelText {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return (
    strings(v.liveRisks) &&
    strings(v.youngTips) &&
    strings(v.youngLines) &&
    strings(v.keepEvidence) &&
    Array.isArray(v.talkAbout) &&
    Array.isArray(v.regions) &&
    typeof v.css === 'string'
  );
}
