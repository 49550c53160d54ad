/**
 * "2026-11-23" → "November 2026", in the reader's language. Invalid input gives "". Digits are always
 * 0-9 (numberingSystem latn): the content's phone numbers and ages are written that way in every
 * language, and `ar-EG`/`ar-SA` would otherwise print ٢٠٢٦ next to them.
 */
export function formatReviewedMonth(isoDate: string, locale = 'en-GB'): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(time)) return '';
  return new Date(time).toLocaleDateString(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  });
}
