import { describe, expect, it } from 'vitest';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import type { RegionEntry } from '../../utils/content-schema';
import { validateContent } from '../../utils/validate-content';

const byCode = (code: string): RegionEntry => {
  const region = regions.find((r) => r.code === code);
  if (!region) throw new Error(`no region ${code}`);
  return region;
};
const withRegion = (changed: RegionEntry) => regions.map((r) => (r.code === changed.code ? changed : r));

describe('validateContent', () => {
  it('accepts the shipped regions and tips', () => {
    expect(validateContent(regions, tips).errors).toEqual([]);
  });

  it('names the region and field of a malformed emergency number', () => {
    const { errors } = validateContent(withRegion({ ...byCode('DE'), emergency: '1100' }));
    expect(errors).toEqual(['DE: emergency: 1100 is not an emergency number of DE']);
  });

  it("rejects another country's emergency number", () => {
    const { errors } = validateContent(withRegion({ ...byCode('GB'), emergency: '911' }));
    expect(errors).toEqual(['GB: emergency: 911 is not an emergency number of GB']);
  });

  it('names the line of a phone number with a digit missing', () => {
    const gb = byCode('GB');
    const lines = gb.lines.map((l) => (l.phone === '0808 800 5000' ? { ...l, phone: '0808 800 500' } : l));
    const { errors } = validateContent(withRegion({ ...gb, lines }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^GB: lines\[\d\]\.phone: 0808 800 500 does not fit the GB number format$/);
  });

  it('passes schema errors through with the region and the field', () => {
    const { errors } = validateContent(withRegion({ ...byCode('FR'), reviewed: '2026-13-40' }));
    expect(errors.some((e) => e.startsWith('FR: reviewed: '))).toBe(true);
  });

  it('reports a missing region and a duplicated one', () => {
    expect(validateContent(regions.filter((r) => r.code !== 'NL')).errors).toEqual([
      'regions: no entry for NL',
    ]);
    expect(validateContent([...regions, byCode('GB')]).errors).toEqual(['GB: code: listed more than once']);
  });

  it('keeps national numbers out of the international fallback', () => {
    const { errors } = validateContent(withRegion({ ...byCode('INTL'), emergency: '112' }));
    expect(errors).toEqual(['INTL: emergency: INTL must not name a national number']);
  });

  it('names the tip list and index of a bad tip', () => {
    const bad = { ...tips, parentTips: [...tips.parentTips, { id: 'Bad Id', text: 'x' }] };
    const { errors } = validateContent(regions, bad);
    expect(errors).toEqual([
      `tips.parentTips: [${tips.parentTips.length}].id: must be a lowercase slug such as "talk-often"`,
    ]);
  });

  it('needs a general conversation starter', () => {
    const bad = { ...tips, conversationStarters: tips.conversationStarters.filter((s) => 'feature' in s) };
    expect(validateContent(regions, bad).errors).toContain(
      'tips.conversationStarters: needs at least one general starter (no feature)',
    );
  });
});

describe('validateContent: tips sources', () => {
  it('names a source that claims to support a tip that does not exist', () => {
    const [first, ...rest] = tips.tipsSources;
    const bad = { ...tips, tipsSources: [{ ...first, supports: ['no-such-tip'] }, ...rest] };
    expect(validateContent(regions, bad).errors).toEqual([
      'tips.tipsSources: [0].supports[0]: no tip has the id no-such-tip',
    ]);
  });

  it('needs every tips source to say what it supports', () => {
    const [first, ...rest] = tips.tipsSources;
    if (!first) throw new Error('no tips sources');
    const { supports: _supports, ...withoutSupports } = first;
    const bad = { ...tips, tipsSources: [withoutSupports, ...rest] };
    expect(
      validateContent(regions, bad).errors.some((e) => e.startsWith('tips.tipsSources: [0].supports:')),
    ).toBe(true);
  });
});
