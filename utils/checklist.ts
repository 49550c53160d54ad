import { checklistKey } from './storage-keys';

/**
 * The settings checklist (issue 18, item 1): each card's privacy steps and family-tool steps can be
 * ticked per site. Pure and zod-free; stored under `checklist:<siteId>` in storage.local as
 * `{ [stepId]: "YYYY-MM-DD" }`, the date the step was ticked (the format of the first version, 8ae3c15:
 * nothing to migrate, and a full ISO time, as an older or hand-made file may hold, is read as its day).
 *
 * A step's id is a short hash of its kind and its ENGLISH text (`stepIds`, added by `toCardData` before any
 * translation), so a tick holds in every interface language, a step the card rewrites starts unticked, and
 * a step that only moves keeps its tick. A tick older than the card's `reviewed` date is "stale": the
 * surfaces show "Check again — updated <month>" instead of done.
 */

export { checklistKey };
const KEY_PREFIX = checklistKey('');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const STEP_ID = /^[pf]-[0-9a-z]{1,8}$/;
const SITE_ID = /^[a-z0-9-]{1,40}$/;

export type StepKind = 'privacy' | 'family';
export interface ChecklistStep {
  id: string;
  kind: StepKind;
  text: string;
}
export type StepStatus = 'todo' | 'done' | 'stale';
/** One site's ticks: step id → the day it was ticked. */
export type SiteChecklist = Readonly<Record<string, string>>;

/** FNV-1a, 32 bits, base 36: stable across browsers and releases. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export const stepId = (kind: StepKind, text: string) => `${kind === 'privacy' ? 'p' : 'f'}-${hash(text)}`;

/** The ids of a card's steps, from its English text: `toCardData` keeps them beside the (translatable) text. */
export interface StepIds {
  privacy: readonly string[];
  family: readonly string[];
}

const familyText = (tool: { name: string; description: string }) => `${tool.name}: ${tool.description}`;

export function stepIdsOf(site: {
  privacySteps?: readonly { text: string }[];
  familyTools?: readonly { name: string; description: string }[];
}): StepIds {
  return {
    privacy: (site.privacySteps ?? []).map((s) => stepId('privacy', s.text)),
    family: (site.familyTools ?? []).map((tool) => stepId('family', familyText(tool))),
  };
}

/** The card's tickable steps, privacy first, in the card's order; ids from `stepIds` where the card has them. */
export function checklistSteps(site: {
  privacySteps?: readonly { text: string }[];
  familyTools?: readonly { name: string; description: string }[];
  stepIds?: StepIds;
}): ChecklistStep[] {
  const own = stepIdsOf(site);
  const pick = (kind: keyof StepIds, i: number) => {
    const id = site.stepIds?.[kind][i];
    return typeof id === 'string' && STEP_ID.test(id) ? id : own[kind][i]!;
  };
  return [
    ...(site.privacySteps ?? []).map((s, i) => ({
      id: pick('privacy', i),
      kind: 'privacy' as const,
      text: s.text,
    })),
    ...(site.familyTools ?? []).map((tool, i) => ({
      id: pick('family', i),
      kind: 'family' as const,
      text: familyText(tool),
    })),
  ];
}

/** A tick's day: YYYY-MM-DD as written, or the day of a full ISO time; anything else is not a tick. */
function tickDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const day = ISO_DATE.test(value) ? value : ISO_TIME.exec(value)?.[1];
  if (day === undefined || Number.isNaN(Date.parse(value))) return undefined;
  // Date.parse accepts 2026-02-31 (it rolls over): the day must survive a round trip.
  return new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day ? day : undefined;
}

/** A missing or corrupt stored value repairs per step: valid ticks are kept, anything else is dropped. */
export function parseSiteChecklist(raw: unknown): SiteChecklist {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const day = STEP_ID.test(id) ? tickDay(value) : undefined;
    if (day !== undefined) out[id] = day;
  }
  return out;
}

/** Today as YYYY-MM-DD in UTC (the same calendar the cards' `reviewed` dates use). */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

export function tick(state: SiteChecklist, id: string, date: string): SiteChecklist {
  return { ...state, [id]: date };
}

export function untick(state: SiteChecklist, id: string): SiteChecklist {
  const next = { ...state };
  delete next[id];
  return next;
}

/** Done, not done, or ticked before the card was last reviewed (check it again). */
export function stepStatus(state: SiteChecklist, id: string, reviewed: string): StepStatus {
  const date = state[id];
  if (!date) return 'todo';
  return reviewed > date ? 'stale' : 'done';
}

export interface ChecklistProgress {
  done: number;
  total: number;
  stale: number;
}

export function checklistProgress(
  steps: readonly ChecklistStep[],
  state: SiteChecklist,
  reviewed: string,
): ChecklistProgress {
  const statuses = steps.map((s) => stepStatus(state, s.id, reviewed));
  return {
    done: statuses.filter((s) => s === 'done').length,
    stale: statuses.filter((s) => s === 'stale').length,
    total: steps.length,
  };
}

/** Every site's ticks, from a storage.local read (or an import file): corrupt sites and steps dropped. */
export function parseAllChecklists(raw: unknown): Record<string, SiteChecklist> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Record<string, SiteChecklist> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const siteId = key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key;
    if (!SITE_ID.test(siteId)) continue;
    const parsed = parseSiteChecklist(value);
    if (Object.keys(parsed).length > 0) out[siteId] = parsed;
  }
  return out;
}

/** The settings file's `checklist` section: site id → ticks. */
export function exportChecklists(stored: Record<string, unknown>): Record<string, SiteChecklist> {
  return parseAllChecklists(
    Object.fromEntries(Object.entries(stored).filter(([key]) => key.startsWith(KEY_PREFIX))),
  );
}

/** Per site and step, the later of two ticks: an import adds to what this browser has, never takes away. */
export function mergeChecklists(current: SiteChecklist, imported: SiteChecklist): SiteChecklist {
  const out: Record<string, string> = { ...current };
  for (const [id, day] of Object.entries(imported)) if (!out[id] || day > out[id]) out[id] = day;
  return out;
}

/** Every `checklist:<id>` key in a storage.local read: what "reset the checklist" removes. */
export const checklistKeysIn = (stored: Record<string, unknown>): string[] =>
  Object.keys(stored).filter((key) => key.startsWith(KEY_PREFIX) && key.length > KEY_PREFIX.length);

/** What to write to storage.local for an imported `checklist` section (repaired per site and step). */
export function importChecklists(section: unknown): Record<string, SiteChecklist> {
  return Object.fromEntries(
    Object.entries(parseAllChecklists(section)).map(([siteId, ticks]) => [checklistKey(siteId), ticks]),
  );
}
