import { describe, expect, it } from 'vitest';
import { featuredTip, tipCount, tipGroups } from '../../utils/tip-groups';

const parentTips = ['Talk often.', 'Know the settings.'];
const youngTips = ['Block and report.'];

describe('tipGroups', () => {
  it('parents: parent tips, then young-person tips', () => {
    const groups = tipGroups({ audience: 'parent', parentTips, youngTips });
    expect(groups.map((g) => g.section)).toEqual(['parent-tips', 'young-tips']);
    expect(groups.map((g) => g.heading)).toEqual(['parentTipsHeading', 'youngTipsHeading']);
    expect(featuredTip(groups)).toBe('Talk often.');
    expect(tipCount(groups)).toBe(3);
  });

  it('young people: their own tips first', () => {
    const groups = tipGroups({ audience: 'young-person', parentTips, youngTips });
    expect(groups.map((g) => g.section)).toEqual(['young-tips', 'parent-tips']);
    expect(featuredTip(groups)).toBe('Block and report.');
  });

  it('an organisation’s tips come first whatever the audience, and lead', () => {
    for (const audience of ['parent', 'young-person']) {
      const groups = tipGroups({ audience, extraTips: ['See Ms Patel.'], parentTips, youngTips });
      expect(groups[0]).toEqual({
        section: 'extra-tips',
        heading: 'orgTipsHeading',
        tips: ['See Ms Patel.'],
      });
      expect(featuredTip(groups)).toBe('See Ms Patel.');
      expect(tipCount(groups)).toBe(4);
    }
  });

  it('leaves empty lists out; no tips at all gives no featured tip', () => {
    expect(
      tipGroups({ audience: 'parent', extraTips: [], parentTips: [], youngTips }).map((g) => g.section),
    ).toEqual(['young-tips']);
    const none = tipGroups({ audience: 'parent', parentTips: [], youngTips: [] });
    expect(none).toEqual([]);
    expect(featuredTip(none)).toBeUndefined();
    expect(tipCount(none)).toBe(0);
  });
});
