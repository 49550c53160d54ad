/**
 * Region from a BCP-47 locale. Kept free of zod so the content script can use it cheaply;
 * `content-schema.ts` builds its enum from `REGION_CODES`.
 */

export const REGION_CODES = [
  'GB',
  'US',
  'CA',
  'AU',
  'NZ',
  'IE',
  'DE',
  'FR',
  'ES',
  'NL',
  'IN',
  'PL',
  'AT',
  'CH',
  'BE',
  'ZA',
  'SG',
  'PH',
  'AR',
  'EG',
  'AE',
  'SA',
  'INTL',
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

const REGION_SET: ReadonlySet<string> = new Set(REGION_CODES);

// A bare language maps only where nearly all its speakers live in one covered country; en, fr, es are spoken in many.
const BARE_LANGUAGE_REGIONS: Readonly<Record<string, RegionCode>> = {
  de: 'DE',
  nl: 'NL',
  hi: 'IN',
  ga: 'IE',
  mi: 'NZ',
  pl: 'PL',
  fil: 'PH',
  tl: 'PH',
};

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && REGION_SET.has(value);
}

/** `UK` is reserved in ISO 3166 but common in locales, settings and policies; the code is GB. Takes upper case. */
export const canonicalCountryCode = (upper: string): string => (upper === 'UK' ? 'GB' : upper);

function countryToRegion(country: string): RegionCode {
  const code = canonicalCountryCode(country.toUpperCase());
  return code !== 'INTL' && isRegionCode(code) ? code : 'INTL';
}

/** `en-GB` → GB, `fr_CA` → CA, `de-AT` → AT, `es-MX` → INTL (not covered), `de` → DE, `en` → INTL, garbage → INTL. */
export function regionFromLocale(locale: string | undefined): RegionCode {
  if (typeof locale !== 'string') return 'INTL';
  const subtags = locale.trim().replaceAll('_', '-').toLowerCase().split('-');
  const [language, ...rest] = subtags;
  if (language === undefined || !/^[a-z]{2,3}$/.test(language)) return 'INTL';

  for (const subtag of rest) {
    if (/^[a-z]{3}$/.test(subtag) || /^[a-z]{4}$/.test(subtag)) continue; // extlang or script, e.g. zh-Hant-TW
    if (/^[a-z]{2}$/.test(subtag)) return countryToRegion(subtag);
    if (/^\d{3}$/.test(subtag)) return 'INTL'; // UN M.49 area such as es-419
    if (/^[a-z\d]+$/.test(subtag)) break; // a variant or an extension singleton: no region follows
    return 'INTL';
  }
  if (rest.some((subtag) => subtag === '' || !/^[a-z\d]+$/.test(subtag))) return 'INTL';
  return BARE_LANGUAGE_REGIONS[language] ?? 'INTL';
}

/** A valid override (user or policy `region`; case and `UK` forgiven) wins; otherwise the locale decides. */
export function resolveRegion(override: string | undefined, locale: string | undefined): RegionCode {
  if (typeof override === 'string') {
    const code = canonicalCountryCode(override.trim().toUpperCase());
    if (isRegionCode(code)) return code;
    // A well-formed country we have no lines for (e.g. a school's "MX") gets the international lines.
    if (/^[A-Z]{2}$/.test(code)) return 'INTL';
  }
  return regionFromLocale(locale);
}
