import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { buildSeedData } from '../../utils/seed-data';
import { isCardData } from '../../utils/card-data';
import { isPanelText, localeLanguage } from '../../utils/panel-text';
import { catalogs } from '../../utils/catalogs';

describe('buildSeedData', () => {
  const seed = buildSeedData(registry, tips, regions, ':host{}');

  it('stores one card per site, with its live patterns and without its hosts', () => {
    for (const site of registry) {
      const card = seed[`site:${site.id}`];
      expect(isCardData(card, site.id)).toBe(true);
      expect(card).not.toHaveProperty('hosts');
      expect((card as { live?: unknown }).live).toEqual(site.live);
    }
  });

  it('stores each region under its own key, so a page reads only its own lines', () => {
    for (const region of regions) expect(seed[`region:${region.code}`]).toEqual(region);
    expect(seed.panelText).not.toHaveProperty('regions');
  });

  it('stores the shared text in the shape the panel checks, and the chip styles for the loader', () => {
    expect(isPanelText(seed.panelText)).toBe(true);
    expect(seed.chipCss).toBe(':host{}');
  });

  it('stores each site’s name and live patterns for the loader, and each language’s chip text', () => {
    const withCatalogs = buildSeedData(registry, tips, regions, '', catalogs);
    for (const site of registry) {
      expect(withCatalogs[`loaderSite:${site.id}`]).toMatchObject({ name: site.name });
    }
    for (const language of Object.keys(catalogs)) {
      expect(withCatalogs[`chipText:${language}`]).toMatchObject({ label: expect.any(String) });
    }
  });
});

describe('interface catalogues in storage', () => {
  it('stores each language under messages:<lang>', () => {
    const seed = buildSeedData(registry, tips, regions, '', { en: { a: { message: 'A' } }, fr: {} });
    expect(seed['messages:en']).toEqual({ a: { message: 'A' } });
    expect(seed['messages:fr']).toEqual({});
  });

  it.each([
    ['en-GB', 'en'],
    ['fr_CA', 'fr'],
    ['ES', 'es'],
    ['', 'en'],
  ])('%s asks for the %s catalogue', (locale, language) => {
    expect(localeLanguage(locale)).toBe(language);
  });
});

describe('the reviewed month, formatted by the worker', () => {
  it('is stored per language so the in-page panel never formats a date itself', () => {
    const seed = buildSeedData(registry, tips, regions, '', catalogs);
    const card = seed[`site:${registry[0]!.id}`] as { reviewedMonth: Record<string, string> };
    expect(Object.keys(card.reviewedMonth).sort()).toEqual(Object.keys(catalogs).sort());
    for (const label of Object.values(card.reviewedMonth)) expect(label).toMatch(/20\d\d/);
  });
});
