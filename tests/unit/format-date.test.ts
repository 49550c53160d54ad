import { describe, expect, it } from 'vitest';
import { formatReviewedMonth } from '../../utils/format-date';

describe('formatReviewedMonth', () => {
  it.each([
    ['2026-11-23', 'en-GB', 'November 2026'],
    ['2025-01-01', 'en-GB', 'January 2025'],
    ['2026-11-23', 'fr-FR', 'novembre 2026'],
    // Western digits in Arabic too, where ar-EG's default would print ٢٠٢٦.
    ['2026-03-02', 'ar-EG', 'مارس 2026'],
    ['2026-03-02', 'ar', 'مارس 2026'],
    ['2026-13-01', 'en-GB', ''],
    ['nonsense', 'en-GB', ''],
  ])('%s in %s → %s', (iso, locale, expected) => {
    expect(formatReviewedMonth(iso, locale)).toBe(expected);
  });
});
