import { describe, expect, it } from 'vitest';
import { isCatalogue, isStoredRegion } from '../../utils/stored-shapes';
import { regions } from '../../content/regions/index';
import { catalogs } from '../../utils/catalogs';

describe('stored shapes', () => {
  it('a region needs its lines, and its own code when one is asked for', () => {
    const gb = regions.find((r) => r.code === 'GB')!;
    expect(isStoredRegion(gb)).toBe(true);
    expect(isStoredRegion(gb, 'GB')).toBe(true);
    expect(isStoredRegion(gb, 'IE')).toBe(false);
    expect(isStoredRegion({ code: 'GB' })).toBe(false);
    expect(isStoredRegion([gb])).toBe(false);
    expect(isStoredRegion(null)).toBe(false);
  });

  it('a catalogue is every shipped one, and nothing with an entry lacking its message', () => {
    for (const catalog of Object.values(catalogs)) expect(isCatalogue(catalog)).toBe(true);
    expect(isCatalogue({ a: { message: 'x' }, b: { description: 'no message' } })).toBe(false);
    expect(isCatalogue({ a: 'x' })).toBe(false);
    expect(isCatalogue([])).toBe(false);
    expect(isCatalogue({})).toBe(true);
  });
});
