import { describe, expect, it } from 'vitest';
import { regions } from '../../content/regions/index';
import { regionSchema, regionsSchema, type LineKind, type RegionEntry } from '../../utils/content-schema';
import { REGION_CODES, type RegionCode } from '../../utils/region';

const byCode = (code: RegionCode): RegionEntry => {
  const region = regions.find((r) => r.code === code);
  if (!region) throw new Error(`no region ${code}`);
  return region;
};

const names = (code: RegionCode) => byCode(code).lines.map((line) => line.name);

describe('reporting lines data', () => {
  it.each(regions.map((r) => [r.code, r] as const))('%s parses with the region schema', (_code, region) => {
    const result = regionSchema.safeParse(region);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('parses as a whole', () => {
    expect(regionsSchema.safeParse(regions).success).toBe(true);
  });

  it('has every region code exactly once', () => {
    const codes = regions.map((r) => r.code);
    expect([...codes].sort()).toEqual([...REGION_CODES].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses only https links, in lines and sources', () => {
    for (const region of regions) {
      const urls = [
        ...region.lines.flatMap((line) => ('url' in line && line.url ? [line.url] : [])),
        ...region.sources.map((s) => s.url),
      ];
      for (const url of urls) expect(new URL(url).protocol, `${region.code}: ${url}`).toBe('https:');
    }
  });

  it('links only to addresses listed among its official sources', () => {
    for (const region of regions) {
      const officialUrls = new Set(region.sources.filter((s) => s.official).map((s) => s.url));
      for (const line of region.lines) {
        if ('url' in line && line.url)
          expect(officialUrls.has(line.url), `${region.code}: ${line.url}`).toBe(true);
      }
    }
  });

  // The police are the place to report where no separate national body takes grooming reports.
  const firstKind: Record<RegionCode, LineKind> = {
    GB: 'report',
    US: 'report',
    CA: 'report',
    AU: 'report',
    NZ: 'police',
    IE: 'police',
    DE: 'police',
    FR: 'report',
    ES: 'police',
    NL: 'report',
    IN: 'report',
    PL: 'report',
    AT: 'police',
    CH: 'police',
    BE: 'report',
    ZA: 'report',
    SG: 'police',
    PH: 'report',
    AR: 'report',
    EG: 'police',
    AE: 'report',
    SA: 'police',
    INTL: 'report',
  };

  it.each(Object.entries(firstKind))('%s lists where to report first (%s)', (code, kind) => {
    expect(byCode(code as RegionCode).lines[0]?.kind).toBe(kind);
  });

  // The UAE's child protection hotline takes children's own reports too; no separate children's line was found.
  const noSeparateChildrenLine: readonly RegionCode[] = ['AE'];

  it.each(REGION_CODES.filter((c) => !noSeparateChildrenLine.includes(c)).map((c) => [c]))(
    "%s lists the children's helpline second",
    (code) => {
      expect(byCode(code).lines[1]?.kind).toBe('helpline-children');
    },
  );

  it.each(noSeparateChildrenLine.map((c) => [c]))('%s says children can use its reporting line', (code) => {
    expect(byCode(code).lines.some((l) => l.kind === 'helpline-children')).toBe(false);
    expect(byCode(code).lines[0]?.description).toMatch(/Children and adults/);
  });

  it.each([
    ['GB', /^CEOP Safety Centre/],
    ['GB', /^Internet Watch Foundation/],
    ['GB', /^Childline/],
    ['GB', /^NSPCC Helpline/],
    ['US', /^NCMEC CyberTipline$/],
    ['US', /^Childhelp/],
    ['CA', /^Cybertip\.ca$/],
    ['CA', /^Kids Help Phone$/],
    ['AU', /\(ACCCE\)$/],
    ['AU', /^eSafety Commissioner: image-based abuse$/],
    ['AU', /^eSafety Commissioner: illegal content$/],
    ['NZ', /^New Zealand Police$/],
    ['NZ', /^Netsafe$/],
    ['IE', /^Hotline\.ie$/],
    ['IE', /^Childline by ISPCC$/],
    ['IE', /^An Garda Síochána/],
    ['DE', /^Nummer gegen Kummer/],
    ['INTL', /^INHOPE/],
    ['INTL', /^Take It Down/],
    ['NL', /^Offlimits/],
    ['NL', /^Police \(Politie\): abuse images in chat apps/],
    ['IE', /^Tusla/],
    ['US', /^Take It Down/],
    ['CA', /^NeedHelpNow/],
  ] satisfies [RegionCode, RegExp][])('%s has a line named %s', (code, pattern) => {
    expect(names(code).some((name) => pattern.test(name))).toBe(true);
  });

  it.each([
    ['GB', '999'],
    ['US', '911'],
    ['CA', '911'],
    ['AU', '000'],
    ['NZ', '111'],
    ['IE', '112 or 999'],
    ['DE', '110'],
    ['FR', '17 or 112'],
    ['ES', '112'],
    ['NL', '112'],
    ['IN', '112'],
    ['PL', '112'],
    ['AT', '133 or 112'],
    ['CH', '117 or 112'],
    ['BE', '101 (police) or 112'],
    ['ZA', '10111'],
    ['SG', '999'],
    ['PH', '911'],
    ['AR', '911'],
    ['EG', '122'],
    ['AE', '999'],
    ['SA', '911 or 999'],
  ] satisfies [RegionCode, string][])('%s emergency number is %s', (code, emergency) => {
    expect(byCode(code).emergency).toBe(emergency);
  });

  it('leads INTL with a place that takes reports (the VGT or local police), not INHOPE', () => {
    const [first] = byCode('INTL').lines;
    expect(first?.name).toMatch(/Virtual Global Taskforce/);
    expect(first?.description).toMatch(/local police/);
    const inhope = byCode('INTL').lines.find((l) => l.name.startsWith('INHOPE'));
    expect(inhope?.kind).toBe('csam-hotline');
    expect(inhope?.description).toMatch(/cannot take reports/);
  });

  it('claims no 24/7 chat where the research gives no chat hours (CA, AU)', () => {
    for (const code of ['CA', 'AU'] as const) {
      const children = byCode(code).lines.find((l) => l.kind === 'helpline-children');
      expect(children?.description).not.toMatch(/any time, (?:by|in) .*chat|call, text or chat/i);
    }
  });

  it('does not present the 1098 and 112 merger in India as finished', () => {
    const childline = byCode('IN').lines.find((l) => l.name.startsWith('Childline'));
    expect(childline?.description).not.toMatch(/now runs together/);
  });

  it('tells INTL users to use their local emergency number, not a national one', () => {
    expect(byCode('INTL').emergency).toMatch(/local emergency number/);
  });

  it('keeps phone numbers, text codes and emails out of urls', () => {
    for (const region of regions) {
      for (const line of region.lines) {
        if ('url' in line && line.url) expect(line.url).not.toMatch(/^(tel|sms|mailto):/);
      }
    }
  });

  it('links AU to the ACCCE report form and NZ Netsafe to its own domain', () => {
    const accce = byCode('AU').lines.find((l) => l.name.includes('ACCCE'));
    expect(accce && 'url' in accce ? accce.url : undefined).toBe('https://www.accce.gov.au/report');
    const netsafe = byCode('NZ').lines.find((l) => l.name === 'Netsafe');
    expect(
      new URL(netsafe && 'url' in netsafe && netsafe.url ? netsafe.url : 'https://x.invalid').hostname,
    ).toMatch(/(^|\.)netsafe\.org\.nz$/);
  });

  it('rejects a line with no way to reach it', () => {
    const region = { ...byCode('GB'), lines: [{ kind: 'report', name: 'X', description: 'Y' }] };
    expect(regionSchema.safeParse(region).success).toBe(false);
  });

  it('rejects an http link', () => {
    const region = {
      ...byCode('GB'),
      lines: [{ kind: 'report', name: 'X', description: 'Y', url: 'http://www.example.org/' }],
    };
    expect(regionSchema.safeParse(region).success).toBe(false);
  });

  it('rejects a region whose first line is a helpline', () => {
    const gb = byCode('GB');
    const region = { ...gb, lines: [...gb.lines.slice(1), ...gb.lines.slice(0, 1)] };
    expect(regionSchema.safeParse(region).success).toBe(false);
  });

  it("rejects a region that puts the CSAM hotline before the children's helpline", () => {
    const [report, children, hotline, ...rest] = byCode('GB').lines;
    const region = { ...byCode('GB'), lines: [report, hotline, children, ...rest] };
    expect(regionSchema.safeParse(region).success).toBe(false);
  });

  it('rejects a tel: link in the phone field', () => {
    const region = {
      ...byCode('GB'),
      lines: [{ kind: 'report', name: 'X', description: 'Y', phone: 'tel:08001111' }],
    };
    expect(regionSchema.safeParse(region).success).toBe(false);
  });

  it('rejects a duplicated region code', () => {
    expect(regionsSchema.safeParse([...regions, byCode('GB')]).success).toBe(false);
  });
});
