import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { localizedRegions, localizedRegistry, localizedTips, translations } from '../../content/localized';
import { contentUnits, siteTextFields, regionTextFields } from '../../utils/content-fields';
import { localizedTexts, translationStatus, type TranslationFile } from '../../utils/content-translation';
import { CONTENT_LANGUAGES, contentLanguageFor, directionOf } from '../../utils/languages';
import {
  applyOverlay,
  freshTexts,
  groupTranslationFiles,
  localizeSite,
  localizeTips,
} from '../../utils/localize-content';
import { validateTranslationFiles } from '../../utils/validate-content';

const units = contentUnits(registry, regions, tips);
const twitch = registry.find((s) => s.id === 'twitch')!;

/** A current translation of every field of a unit, made up for the test (digits kept). */
const translate = (fields: readonly { key: string; en: string }[]): TranslationFile =>
  Object.fromEntries(fields.map((f) => [f.key, { en: f.en, text: `«${f.en}»` }]));

describe('every content field in every language (the translators’ gate)', () => {
  for (const language of CONTENT_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language}: every field is translated from today’s English, or English only with a reason`, () => {
      const problems = units.flatMap(({ unit, fields }) => {
        const status = translationStatus(fields, translations[language]?.[unit] ?? {});
        return Object.entries(status).flatMap(([kind, keys]) =>
          (keys as string[]).map((key) => `${kind}: ${unit} ${key}`),
        );
      });
      expect(problems).toEqual([]);
    });
  }
});

describe('a translation never drifts from the English facts', () => {
  it('a changed English field makes its translation stale, named, and the English shows', () => {
    const fields = siteTextFields(twitch);
    const file = translate(fields);
    expect(translationStatus(fields, file).stale).toEqual([]);
    const changed = structuredClone(twitch);
    changed.privacySteps![0]!.text = `${twitch.privacySteps![0]!.text} Now also under Safety.`;
    const newFields = siteTextFields(changed);
    expect(translationStatus(newFields, file).stale).toEqual(['privacySteps.0.text']);
    const texts = localizedTexts(newFields, file);
    expect(texts.get('privacySteps.0.text')).toBe(changed.privacySteps![0]!.text);
    expect(texts.get('privacySteps.1.text')).toBe(`«${twitch.privacySteps![1]!.text}»`);
    expect(localizeSite(changed, file).privacySteps![0]!.text).toBe(changed.privacySteps![0]!.text);
  });

  it('the same holds for a real translation shipped today', () => {
    const language = CONTENT_LANGUAGES.find((l) =>
      registry.some(
        (s) => Object.keys(freshTexts(siteTextFields(s), translations[l]?.[`sites/${s.id}`])).length,
      ),
    );
    expect(language, 'some language has a current site translation').toBeDefined();
    const site = registry.find(
      (s) =>
        Object.keys(freshTexts(siteTextFields(s), translations[language!]?.[`sites/${s.id}`])).length > 0,
    )!;
    const file = translations[language!]![`sites/${site.id}`]!;
    const [key, text] = Object.entries(freshTexts(siteTextFields(site), file))[0]!;
    const changedFields = siteTextFields(site).map((f) =>
      f.key === key ? { ...f, en: `${f.en} (changed)` } : f,
    );
    expect(translationStatus(changedFields, file).stale).toContain(key);
    expect(localizedTexts(changedFields, file).get(key)).toBe(
      `${siteTextFields(site).find((f) => f.key === key)!.en} (changed)`,
    );
    expect(localizedTexts(siteTextFields(site), file).get(key)).toBe(text);
  });

  it('a translation whose digits differ from the English is rejected', () => {
    const region = regions.find((r) => r.code === 'GB')!;
    const fields = regionTextFields(region);
    const withDigits = fields.find((f) => /\d/.test(f.en)) ?? {
      key: 'lines.0.description',
      en: 'Call 0800 1111',
    };
    const all = fields.some((f) => f.key === withDigits.key) ? fields : [...fields, withDigits];
    const file: TranslationFile = {
      [withDigits.key]: {
        en: withDigits.en,
        text: withDigits.en.replace(/\d/, (d) => String((Number(d) + 1) % 10)),
      },
    };
    expect(translationStatus(all, file).numbersChanged).toEqual([withDigits.key]);
    expect(localizedTexts(all, file).get(withDigits.key)).toBe(withDigits.en);
  });

  it('entries for fields that no longer exist are reported as orphaned', () => {
    const fields = siteTextFields(twitch);
    const file: TranslationFile = {
      ...translate(fields),
      'privacySteps.99.text': { en: 'Gone', text: 'Weg' },
    };
    expect(translationStatus(fields, file).orphaned).toEqual(['privacySteps.99.text']);
  });

  it('an empty text is missing, and English only needs a reason', () => {
    const fields = siteTextFields(twitch);
    const [first, second] = fields;
    const file: TranslationFile = {
      [first!.key]: { en: first!.en, text: ' ' },
      [second!.key]: { en: second!.en, englishOnly: 'a product name' },
    };
    const status = translationStatus(fields, file);
    expect(status.missing).toContain(first!.key);
    expect(status.missing).not.toContain(second!.key);
    expect(
      validateTranslationFiles({
        'content/translations/pl/sites/twitch.json': JSON.stringify({
          [second!.key]: { en: second!.en, englishOnly: '' },
        }),
      }),
    ).toEqual([
      `content/translations/pl/sites/twitch.json: "${second!.key}" needs "en" and "text" (or "englishOnly": a reason)`,
    ]);
  });
});

describe('the build check of translation files', () => {
  it('names the file for bad JSON, the file and key for a bad entry, and an unknown language', () => {
    const errors = validateTranslationFiles({
      'content/translations/de/tips.json': '{ "parentTips.x": ',
      'content/translations/fr/sites/kick.json': JSON.stringify({ ageNote: { en: 'x' } }),
      'content/translations/it/tips.json': '{}',
      'content/translations/es/tips.json': '{}',
    });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^content\/translations\/de\/tips\.json: not valid JSON/);
    expect(errors[1]).toBe(
      'content/translations/fr/sites/kick.json: "ageNote" needs "en" and "text" (or "englishOnly": a reason)',
    );
    expect(errors[2]).toMatch(/^content\/translations\/it\/tips\.json: "it" is not one of en, es/);
  });
});

describe('content in one language', () => {
  it('groups the bundled files by language and unit', () => {
    expect(
      groupTranslationFiles({ './translations/pl/sites/twitch.json': {}, './translations/ar/tips.json': {} }),
    ).toEqual({ pl: { 'sites/twitch': {} }, ar: { tips: {} } });
    for (const language of CONTENT_LANGUAGES.filter((l) => l !== 'en')) {
      expect(Object.keys(translations[language] ?? {}), language).toContain('tips');
    }
  });

  it('keeps menu paths, product names, URLs and numbers English, and the shape unchanged', () => {
    const file = translate(siteTextFields(twitch));
    const site = localizeSite(twitch, file);
    expect(site.privacySteps![0]!.text).toBe(`«${twitch.privacySteps![0]!.text}»`);
    expect(site.privacySteps!.map((s) => s.path)).toEqual(twitch.privacySteps!.map((s) => s.path));
    expect(site.familyTools?.map((t) => [t.name, t.url])).toEqual(
      twitch.familyTools?.map((t) => [t.name, t.url]),
    );
    expect(site.reporting.url).toBe(twitch.reporting.url);
    expect(Object.keys(site).sort()).toEqual(Object.keys(twitch).sort());
  });

  it('applies tips by list and id, whatever their order', () => {
    const first = tips.parentTips[0]!;
    const file: TranslationFile = { [`parentTips.${first.id}`]: { en: first.text, text: 'Rozmawiaj' } };
    const localized = localizeTips({ ...tips, parentTips: [...tips.parentTips].reverse() }, file);
    expect(localized.parentTips.find((t) => t.id === first.id)!.text).toBe('Rozmawiaj');
    expect(localized.parentTips.filter((t) => t.text === 'Rozmawiaj')).toHaveLength(1);
  });

  it('an overlay changes only strings the value has (an old stored overlay is harmless)', () => {
    const card = { reporting: { label: 'Report' }, privacySteps: [{ text: 'One', path: 'Settings' }] };
    const out = applyOverlay(card, {
      'reporting.label': 'Zgłoś',
      'privacySteps.3.text': 'Nope',
      'privacySteps.0': 'not a string slot',
      'missing.deep.path': 'x',
    });
    expect(out).toEqual({ reporting: { label: 'Zgłoś' }, privacySteps: [{ text: 'One', path: 'Settings' }] });
    expect(card.reporting.label).toBe('Report');
    expect(applyOverlay(card, 'junk')).toBe(card);
  });

  it('the bundled registry, regions and tips in a language use its current translations only', () => {
    for (const language of CONTENT_LANGUAGES) {
      const sites = localizedRegistry(language);
      sites.forEach((site, i) => {
        const english = registry[i]!;
        const expected = localizedTexts(
          siteTextFields(english),
          translations[language]?.[`sites/${english.id}`],
        );
        for (const field of siteTextFields(site)) expect(field.en).toBe(expected.get(field.key));
      });
      expect(localizedRegions(language).map((r) => r.code)).toEqual(regions.map((r) => r.code));
      expect(localizedTips(language).parentTips).toHaveLength(tips.parentTips.length);
    }
    expect(localizedRegistry('en')).toEqual(registry);
  });
});

describe('the reader’s language', () => {
  it('the setting when it names a language, else the browser’s when Streamwise has it, else English', () => {
    expect(contentLanguageFor('pl', 'en-GB')).toBe('pl');
    expect(contentLanguageFor('auto', 'pl-PL')).toBe('pl');
    expect(contentLanguageFor('auto', 'ar_EG')).toBe('ar');
    expect(contentLanguageFor('auto', 'it-IT')).toBe('en');
    expect(contentLanguageFor(undefined, 'FR')).toBe('fr');
    expect(contentLanguageFor('xx', 'de-AT')).toBe('de');
    expect(contentLanguageFor('auto', '')).toBe('en');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('pl')).toBe('ltr');
  });
});
