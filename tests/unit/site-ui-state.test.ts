import { describe, expect, it } from 'vitest';
import { defaultSiteUiState, parseSiteUiState } from '../../utils/site-ui-state';

describe('parseSiteUiState', () => {
  it.each([
    ['missing', undefined, defaultSiteUiState],
    ['null', null, defaultSiteUiState],
    ['a string', 'dismissed', defaultSiteUiState],
    ['an array', [true, true], defaultSiteUiState],
    ['valid', { seen: true, dismissed: true }, { seen: true, dismissed: true }],
    ['one field corrupt', { seen: 'yes', dismissed: true }, { seen: false, dismissed: true }],
    ['the other corrupt', { seen: true, dismissed: 1 }, { seen: true, dismissed: false }],
    ['extra keys', { seen: true, dismissed: false, x: 1 }, { seen: true, dismissed: false }],
  ])('%s', (_name, raw, expected) => {
    expect(parseSiteUiState(raw)).toEqual(expected);
  });
});
