import type { MessageKey } from './translate';

export interface TipGroup {
  section: 'extra-tips' | 'parent-tips' | 'young-tips';
  heading: MessageKey;
  tips: readonly string[];
}

export interface TipSources {
  audience: string;
  /** An organisation's own tips (policy `extraTips`): always first. */
  extraTips?: readonly string[];
  parentTips: readonly string[];
  youngTips: readonly string[];
}

/** The tip lists in reading order: the organisation's, then the reader's audience, then the other; empty ones left out. */
export function tipGroups({ audience, extraTips = [], parentTips, youngTips }: TipSources): TipGroup[] {
  const parent: TipGroup = { section: 'parent-tips', heading: 'parentTipsHeading', tips: parentTips };
  const young: TipGroup = { section: 'young-tips', heading: 'youngTipsHeading', tips: youngTips };
  const groups: TipGroup[] = [
    { section: 'extra-tips', heading: 'orgTipsHeading', tips: extraTips },
    ...(audience === 'young-person' ? [young, parent] : [parent, young]),
  ];
  return groups.filter((g) => g.tips.length > 0);
}

/** The one tip the popup shows up front: the first of the first list. */
export function featuredTip(groups: readonly TipGroup[]): string | undefined {
  return groups[0]?.tips[0];
}

export function tipCount(groups: readonly TipGroup[]): number {
  return groups.reduce((sum, g) => sum + g.tips.length, 0);
}
