import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { buildSeedData } from '../../utils/seed-data';
import { isCardData } from '../../utils/card-data';
import { isPanelText, localeLanguage } from '../../utils/panel-text';
import { catalogs } from '../../utils/catalogs';
import { translations as allTranslations } from '../../content/localized';
import { CONTENT_LANGUAGES } from '../../utils/languages';

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

describe('content in every language', () => {
  const twitch = registry.find((s) => s.id === 'twitch')!;
  const step = twitch.privacySteps![0]!;
  const tip = tips.parentTips[0]!;
  const intl = regions.find((r) => r.code === 'INTL')!;
  const translations = {
    de: {
      'sites/twitch': {
        'privacySteps.0.text': { en: step.text, text: 'Erster Schritt' },
        // Made from older English: stale, so not stored (the English shows).
        'privacySteps.1.text': { en: 'old English', text: 'Veraltet' },
      },
      'regions/INTL': { name: { en: intl.name, text: 'International' } },
      tips: {
        [`youngPersonTips.${tips.youngPersonTips[0]!.id}`]: {
          en: tips.youngPersonTips[0]!.text,
          text: 'Tipp',
        },
      },
    },
    pl: {},
  };
  const seed = buildSeedData(registry, tips, regions, '', catalogs, translations);

  it('stores per site and region only the current translations, by field path', () => {
    expect(seed['siteText:de:twitch']).toEqual({ 'privacySteps.0.text': 'Erster Schritt' });
    expect(seed['siteText:pl:twitch']).toEqual({});
    expect(seed['regionText:de:INTL']).toEqual(
      intl.name === 'International' ? {} : { name: 'International' },
    );
    // The English card is stored once, untouched.
    expect((seed['site:twitch'] as typeof twitch).privacySteps![0]!.text).toBe(step.text);
  });

  it('stores the shared panel text whole per language, English where a tip is not translated', () => {
    const de = seed['panelText:de'] as { youngTips: string[]; liveRisks: string[] };
    expect(isPanelText(de)).toBe(true);
    expect(de.youngTips[0]).toBe('Tipp');
    expect(de.liveRisks).toEqual((seed.panelText as { liveRisks: string[] }).liveRisks);
    expect(seed['panelText:pl']).toEqual(seed.panelText);
    expect(seed['panelText:en']).toBeUndefined();
    expect(tip.text).toBeTruthy();
  });

  it('keeps storage small: the bundled translations add less than the English cards do per language', () => {
    const real = buildSeedData(registry, tips, regions, '', catalogs, allTranslations);
    const size = (prefix: string) =>
      Object.entries(real)
        .filter(([key]) => key.startsWith(prefix))
        .reduce((sum, [, value]) => sum + JSON.stringify(value).length, 0);
    const languages = CONTENT_LANGUAGES.length - 1;
    expect(size('siteText:') / languages).toBeLessThan(size('site:'));
    expect(JSON.stringify(real).length).toBeLessThan(2_000_000);
  });
});
