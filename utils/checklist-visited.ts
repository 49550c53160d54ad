import { checklistProgress, checklistSteps, parseSiteChecklist, type StepIds } from './checklist';
import { parseSiteUiState } from './site-ui-state';
import { checklistKey, siteUiKey } from './storage-keys';

/**
 * The popup's progress line ("TikTok 3 of 5 · Roblox 5 of 5 · Discord not started"): the platforms this
 * browser has visited, known without any new permission or history: a site is visited when its panel or
 * chip has shown there (`siteUi:<id>` says `seen`, written by the loader) or when it has a tick.
 */

export interface ProgressSite {
  id: string;
  name: string;
  reviewed: string;
  privacySteps?: readonly { text: string }[];
  familyTools?: readonly { name: string; description: string }[];
  stepIds?: StepIds;
}

export interface ProgressEntry {
  siteId: string;
  name: string;
  done: number;
  total: number;
  /** Ticked before the card was last reviewed: counted apart, as "to check again". */
  stale: number;
}

/** The storage.local keys `visitedProgress` reads: two per site, never the whole store. */
export const progressKeys = (sites: readonly { id: string }[]): string[] =>
  sites.flatMap((site) => [siteUiKey(site.id), checklistKey(site.id)]);

/** Visited sites that have steps: the current site first, then the others by name. */
export function visitedProgress(
  sites: readonly ProgressSite[],
  stored: Readonly<Record<string, unknown>>,
  currentSiteId?: string,
): ProgressEntry[] {
  const entries: ProgressEntry[] = [];
  for (const site of sites) {
    const ticks = parseSiteChecklist(stored[checklistKey(site.id)]);
    const seen = parseSiteUiState(stored[siteUiKey(site.id)]).seen;
    if (!seen && Object.keys(ticks).length === 0 && site.id !== currentSiteId) continue;
    const steps = checklistSteps(site);
    if (steps.length === 0) continue;
    entries.push({ siteId: site.id, name: site.name, ...checklistProgress(steps, ticks, site.reviewed) });
  }
  return entries.sort(
    (a, b) =>
      Number(b.siteId === currentSiteId) - Number(a.siteId === currentSiteId) || a.name.localeCompare(b.name),
  );
}
