import type { SiteEntry } from './registry-schema';
import type { RegionEntry } from './content-schema';

/**
 * The translatable texts of the curated content, each under a stable path inside its unit
 * ("privacySteps.2.text"). English in content/ is authoritative; translations live in
 * content/translations/<lang>/<unit>.json and name the English they were made from.
 *
 * Left out on purpose (single-sourced facts): site names, menu paths (`path` of steps and
 * family tools, as the app's English UI words them), family-tool names (product names),
 * URLs, phone numbers, source titles (they name the cited document).
 */
export interface TextField {
  /** Path inside the unit, e.g. "privacySteps.2.text". */
  readonly key: string;
  readonly en: string;
}

export interface ContentUnit {
  /** "sites/twitch", "regions/PL", "tips". */
  readonly unit: string;
  readonly fields: readonly TextField[];
}

type TipList = readonly { id: string; text: string }[];

export interface TipsLists {
  readonly parentTips: TipList;
  readonly youngPersonTips: TipList;
  readonly liveRisks: TipList;
  readonly keepEvidence: TipList;
  readonly conversationStarters: TipList;
  readonly youngPersonLines: TipList;
}

export const TIP_LISTS = [
  'parentTips',
  'youngPersonTips',
  'liveRisks',
  'keepEvidence',
  'conversationStarters',
  'youngPersonLines',
] as const satisfies readonly (keyof TipsLists)[];

function push(fields: TextField[], key: string, en: string | undefined): void {
  if (en !== undefined) fields.push({ key, en });
}

export function siteTextFields(site: SiteEntry): TextField[] {
  const fields: TextField[] = [];
  push(fields, 'ageNote', site.ageNote);
  site.privacySteps?.forEach((step, i) => push(fields, `privacySteps.${i}.text`, step.text));
  site.familyTools?.forEach((tool, i) => push(fields, `familyTools.${i}.description`, tool.description));
  push(fields, 'reporting.label', site.reporting.label);
  push(fields, 'reporting.path', site.reporting.path);
  push(fields, 'reporting.note', site.reporting.note);
  push(fields, 'safetyCentreLabel', site.safetyCentreLabel);
  site.youngPersonTips?.forEach((text, i) => push(fields, `youngPersonTips.${i}`, text));
  site.liveNotes?.forEach((text, i) => push(fields, `liveNotes.${i}`, text));
  site.notes?.forEach((text, i) => push(fields, `notes.${i}`, text));
  return fields;
}

/** Emergency is translated only when it has words ("133 or 112", INTL's "your local emergency number"); digits are checked. */
export function regionTextFields(region: RegionEntry): TextField[] {
  const fields: TextField[] = [];
  push(fields, 'name', region.name);
  if (/[A-Za-z]/.test(region.emergency)) push(fields, 'emergency', region.emergency);
  region.lines.forEach((line, i) => {
    push(fields, `lines.${i}.name`, line.name);
    push(fields, `lines.${i}.description`, line.description);
  });
  return fields;
}

/** Tips are keyed by list and id, so reordering a list keeps its translations. */
export function tipsTextFields(tips: TipsLists): TextField[] {
  return TIP_LISTS.flatMap((list) => tips[list].map((tip) => ({ key: `${list}.${tip.id}`, en: tip.text })));
}

export function contentUnits(
  registry: readonly SiteEntry[],
  regions: readonly RegionEntry[],
  tips: TipsLists,
): ContentUnit[] {
  return [
    ...registry.map((site) => ({ unit: `sites/${site.id}`, fields: siteTextFields(site) })),
    ...regions.map((region) => ({ unit: `regions/${region.code}`, fields: regionTextFields(region) })),
    { unit: 'tips', fields: tipsTextFields(tips) },
  ];
}
