import { describe, expect, it } from 'vitest';
import { formatLocaleFor } from '../../utils/surface-language';

describe('formatLocaleFor', () => {
  it.each([
    ['en', 'en-GB', 'en-GB'],
    ['fr', 'fr-CA', 'fr-CA'],
    ['pl', 'pl_PL', 'pl-PL'],
    // A setting chose another language than the browser's: its bare tag, not the browser's region.
    ['pl', 'en-GB', 'pl'],
    ['ar', 'en-US', 'ar'],
  ])('%s with a %s browser → %s', (language, browserLocale, expected) => {
    expect(formatLocaleFor(language, browserLocale)).toBe(expected);
  });
});
