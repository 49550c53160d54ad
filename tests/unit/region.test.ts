import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  REGION_CODES,
  isRegionCode,
  regionFromLocale,
  resolveRegion,
  type RegionCode,
} from '../../utils/region';

describe('regionFromLocale', () => {
  const cases: [string | undefined, RegionCode][] = [
    ['en-GB', 'GB'],
    ['en-UK', 'GB'],
    ['cy-GB', 'GB'],
    ['en-US', 'US'],
    ['es-US', 'US'],
    ['en-CA', 'CA'],
    ['fr-CA', 'CA'],
    ['en-AU', 'AU'],
    ['en-NZ', 'NZ'],
    ['mi-NZ', 'NZ'],
    ['en-IE', 'IE'],
    ['ga-IE', 'IE'],
    ['de-DE', 'DE'],
    ['fr-FR', 'FR'],
    ['es-ES', 'ES'],
    ['ca-ES', 'ES'],
    ['nl-NL', 'NL'],
    ['hi-IN', 'IN'],
    ['en-IN', 'IN'],
    // The regions added for issue 16.
    ['pl-PL', 'PL'],
    ['pl', 'PL'],
    ['de-AT', 'AT'],
    ['de-CH', 'CH'],
    ['fr-CH', 'CH'],
    ['it-CH', 'CH'],
    ['fr-BE', 'BE'],
    ['nl-BE', 'BE'],
    ['en-ZA', 'ZA'],
    ['af-ZA', 'ZA'],
    ['zu-ZA', 'ZA'],
    ['en-SG', 'SG'],
    ['zh-SG', 'SG'],
    ['zh-Hans-SG', 'SG'],
    ['en-PH', 'PH'],
    ['fil-PH', 'PH'],
    ['fil', 'PH'],
    ['tl', 'PH'],
    ['es-AR', 'AR'],
    ['ar-EG', 'EG'],
    ['en-EG', 'EG'],
    ['ar-AE', 'AE'],
    ['en-AE', 'AE'],
    ['ar-SA', 'SA'],
    // Bare languages spoken in many countries, and regions the extension does not cover.
    ['ar', 'INTL'],
    ['ar-MA', 'INTL'],
    ['it', 'INTL'],
    ['af', 'INTL'],
    ['pt-BR', 'INTL'],
    ['es-MX', 'INTL'],
    ['ja-JP', 'INTL'],
    ['zh-TW', 'INTL'],
    ['es-419', 'INTL'],
    // Case, underscores, whitespace.
    ['EN-gb', 'GB'],
    ['en-gb', 'GB'],
    ['en_GB', 'GB'],
    ['en_au', 'AU'],
    ['  en-NZ  ', 'NZ'],
    // Script, extlang, variant and extension subtags around the region.
    ['zh-Hant-TW', 'INTL'],
    ['sr-Latn-RS', 'INTL'],
    ['en-Latn-GB', 'GB'],
    ['en-US-u-ca-gregory', 'US'],
    ['en-GB-oxendict', 'GB'],
    ['de-DE-1996', 'DE'],
    ['zh-yue-HK', 'INTL'],
    // A bare language: only the small table maps.
    ['en', 'INTL'],
    ['fr', 'INTL'],
    ['es', 'INTL'],
    ['pt', 'INTL'],
    ['de', 'DE'],
    ['nl', 'NL'],
    ['hi', 'IN'],
    ['ga', 'IE'],
    ['mi', 'NZ'],
    ['DE', 'DE'],
    ['de-1996', 'DE'],
    ['en-x-gb', 'INTL'],
    // Unknown, empty, garbage.
    [undefined, 'INTL'],
    ['', 'INTL'],
    ['   ', 'INTL'],
    ['-', 'INTL'],
    ['en-', 'INTL'],
    ['GB', 'INTL'],
    ['INTL', 'INTL'],
    ['en-INTL', 'INTL'],
    ['english', 'INTL'],
    ['en GB', 'INTL'],
    ['en-GB!', 'INTL'],
    ['en--GB', 'INTL'],
    ['12-GB', 'INTL'],
    ['en-XX', 'INTL'],
    ['en-ZZ', 'INTL'],
    ['e', 'INTL'],
    ['💥-GB', 'INTL'],
  ];

  it.each(cases)('maps %j to %s', (locale, expected) => {
    expect(regionFromLocale(locale)).toBe(expected);
  });

  it('never returns anything but a region code', () => {
    for (const [locale] of cases) expect(isRegionCode(regionFromLocale(locale))).toBe(true);
  });
});

describe('isRegionCode', () => {
  it.each(REGION_CODES.map((code) => [code]))('accepts %s', (code) => {
    expect(isRegionCode(code)).toBe(true);
  });

  it.each([['UK'], ['gb'], ['intl'], [' GB'], ['MX'], [''], [undefined], [null], [44], [{}]])(
    'rejects %j',
    (value) => {
      expect(isRegionCode(value)).toBe(false);
    },
  );
});

describe('resolveRegion', () => {
  it.each([
    ['AU', 'en-GB', 'AU'],
    ['INTL', 'en-GB', 'INTL'],
    ['gb', 'en-US', 'GB'],
    ['UK', 'en-US', 'GB'],
    [' nz ', 'en-US', 'NZ'],
    [undefined, 'en-GB', 'GB'],
    ['', 'en-CA', 'CA'],
    ['MX', 'en-IE', 'INTL'],
    ['AT', 'en-IE', 'AT'],
    ['pl', 'en-GB', 'PL'],
    ['A1', 'en-IE', 'IE'],
    ['Australia', 'fr-FR', 'FR'],
    // Stored settings and policies never hold such a value (their readers drop it): the language decides.
    ['junk', 'en-GB', 'GB'],
    [undefined, 'de-DE', 'DE'],
    [undefined, undefined, 'INTL'],
    ['nonsense', 'nonsense', 'INTL'],
  ] satisfies [string | undefined, string | undefined, RegionCode][])(
    'override %j with locale %j gives %s',
    (override, locale, expected) => {
      expect(resolveRegion(override, locale)).toBe(expected);
    },
  );
});

describe('documented regions', () => {
  const covered = REGION_CODES.filter((c) => c !== 'INTL');
  const root = join(import.meta.dirname, '..', '..');
  const listed = (text: string, pattern: RegExp) =>
    (pattern.exec(text)?.[1] ?? '').match(/\b[A-Z]{2}\b/g) ?? [];

  it('docs/deploy.md lists exactly the covered regions', () => {
    const text = readFileSync(join(root, 'docs', 'deploy.md'), 'utf8');
    expect(listed(text, /Streamwise has lines for ([^;]+);/)).toEqual(covered);
  });

  it('README.md lists exactly the covered regions', () => {
    const text = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(listed(text, /line children can call for \d+ countries \(([^)]+)\)/)).toEqual(covered);
    expect(text).toContain(`for ${covered.length} countries`);
  });
});
