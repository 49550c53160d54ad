import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The message catalogs in public/_locales/<lang>/messages.json against the code that uses them:
 * no key used in code is missing, no key is left unused, and every language has the same keys and
 * placeholders as English. The checks are plain functions so the second half of this file can show,
 * on altered copies in memory, that each of them fails when it should.
 */

const root = join(import.meta.dirname, '..', '..');
const localesDir = join(root, 'public', '_locales');
const REQUIRED_LOCALES = ['en', 'es', 'fr', 'de', 'pl', 'ar'];
/** Chrome Web Store / manifest limits, in characters. */
const STORE_LIMITS: Record<string, number> = { extName: 75, extDescription: 132 };
const BRAND = 'Streamwise';

interface CatalogEntry {
  message?: unknown;
  description?: unknown;
  placeholders?: Record<string, { content?: unknown }>;
}
type Catalog = Record<string, CatalogEntry>;

// ---------------------------------------------------------------------------------------------------
// Finding the keys the code uses

/** The source files the extension's strings can come from. */
function sourceFiles(): string[] {
  const walk = (dir: string, exts: readonly string[]): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path, exts);
      return exts.some((ext) => entry.name.endsWith(ext)) && !entry.name.includes('.test.') ? [path] : [];
    });
  return [
    ...walk('components', ['.tsx']),
    ...walk('entrypoints', ['.ts', '.tsx', '.html']),
    ...walk('utils', ['.ts']),
    'wxt.config.ts',
  ];
}

/**
 * The English keys the sources mention: as a quoted string (`t('settings')`, a ternary of keys, a key in a
 * table) or as `__MSG_key__` (the manifest). TypeScript already proves that every key passed to `t` is an
 * English key (`MessageKey` in utils/translate.ts), and the checks below that every locale has the English
 * keys; what is left to find is an English key nothing mentions.
 */
function mentionedKeys(keys: readonly string[], files: readonly string[]): Set<string> {
  const text = files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  return new Set(keys.filter((key) => new RegExp(`['"\`]${key}['"\`]|__MSG_${key}__`).test(text)));
}

// ---------------------------------------------------------------------------------------------------
// Checking the catalogs

const CHECKS = [
  'every English key is used',
  'every locale has the English key set',
  'keys are valid message names',
  'messages are non-empty strings',
  'placeholders match English',
  'every $NAME$ token has a placeholder',
  'store length limits',
  'brand name kept',
] as const;
type Check = (typeof CHECKS)[number];
interface Problem {
  check: Check;
  text: string;
}

/** Placeholder names from `$NAME$` tokens, lower-cased as the browser looks them up. */
function tokens(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
}

function placeholderMap(entry: CatalogEntry): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p?.content]),
  );
}

function catalogProblems(catalogs: Record<string, Catalog>, used: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const add = (check: Check, text: string) => problems.push({ check, text });
  const en = catalogs.en;
  if (!en) return [{ check: 'every locale has the English key set', text: 'no en catalog' }];
  const enKeys = Object.keys(en);

  for (const key of enKeys) {
    if (!used.has(key)) add('every English key is used', `en: "${key}" is never used in code`);
  }

  for (const [locale, catalog] of Object.entries(catalogs)) {
    const keys = Object.keys(catalog);
    for (const key of enKeys.filter((k) => !Object.hasOwn(catalog, k))) {
      add('every locale has the English key set', `${locale}: lacks "${key}"`);
    }
    for (const key of keys.filter((k) => !Object.hasOwn(en, k))) {
      add('every locale has the English key set', `${locale}: has extra key "${key}"`);
    }
    const seen = new Map<string, string>();
    for (const key of keys) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) add('keys are valid message names', `${locale}: bad key "${key}"`);
      const folded = key.toLowerCase();
      if (seen.has(folded)) {
        add(
          'keys are valid message names',
          `${locale}: "${key}" and "${seen.get(folded)}" differ only in case`,
        );
      }
      seen.set(folded, key);
    }

    for (const [key, entry] of Object.entries(catalog)) {
      const where = `${locale}.${key}`;
      const { message } = entry;
      if (typeof message !== 'string' || message.trim() === '') {
        add('messages are non-empty strings', `${where}: empty or not a string`);
        continue;
      }
      const base = en[key];
      if (base) {
        const mine = placeholderMap(entry);
        const theirs = placeholderMap(base);
        if (JSON.stringify(Object.entries(mine).sort()) !== JSON.stringify(Object.entries(theirs).sort())) {
          add(
            'placeholders match English',
            `${where}: placeholders ${JSON.stringify(mine)}, en has ${JSON.stringify(theirs)}`,
          );
        }
        const enTokens = typeof base.message === 'string' ? [...new Set(tokens(base.message))].sort() : [];
        const myTokens = [...new Set(tokens(message))].sort();
        if (JSON.stringify(myTokens) !== JSON.stringify(enTokens)) {
          add(
            'placeholders match English',
            `${where}: uses tokens ${myTokens.join(', ') || 'none'}, en uses ${enTokens.join(', ') || 'none'}`,
          );
        }
        if (typeof base.message === 'string' && base.message.includes(BRAND) && !message.includes(BRAND)) {
          add('brand name kept', `${where}: "${BRAND}" should stay untranslated`);
        }
      }
      const declared = placeholderMap(entry);
      for (const token of tokens(message)) {
        if (!Object.hasOwn(declared, token)) {
          add(
            'every $NAME$ token has a placeholder',
            `${where}: $${token.toUpperCase()}$ has no placeholder`,
          );
        }
      }
      for (const name of Object.keys(declared)) {
        if (!tokens(message).includes(name)) {
          add('every $NAME$ token has a placeholder', `${where}: placeholder "${name}" is never used`);
        }
      }
      const limit = STORE_LIMITS[key];
      if (limit !== undefined && [...message].length > limit) {
        add('store length limits', `${where}: ${[...message].length} characters, limit ${limit}`);
      }
    }
  }
  return problems;
}

const only = (problems: Problem[], check: Check) =>
  problems.filter((p) => p.check === check).map((p) => p.text);

// ---------------------------------------------------------------------------------------------------
// The real catalogs

const locales = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const catalogs: Record<string, Catalog> = Object.fromEntries(
  locales.map((locale) => [
    locale,
    JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalog,
  ]),
);
const files = sourceFiles();
const used = mentionedKeys(Object.keys(catalogs.en ?? {}), files);
const problems = catalogProblems(catalogs, used);

describe('i18n catalogs', () => {
  it('has the required locales', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
  });

  it('finds the keys the code uses', () => {
    expect(files.length).toBeGreaterThan(5);
    // wxt.config.ts names the manifest strings; if these vanish the search is broken, not the catalog.
    expect([...used]).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    expect(used.size).toBeGreaterThan(10);
  });

  it.each(CHECKS)('%s', (check) => {
    expect(only(problems, check)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The checks themselves, on altered copies in memory (nothing here touches the files)

describe('the i18n checks catch mistakes', () => {
  const base = (): Record<string, Catalog> => structuredClone(catalogs);
  const baseline = (check: Check) => only(problems, check);
  const found = (altered: Record<string, Catalog>, check: Check) =>
    only(catalogProblems(altered, used), check).filter((text) => !baseline(check).includes(text));

  it('a key added to English only is unused and missing elsewhere', () => {
    const altered = base();
    altered.en!.bogusTestKey = { message: 'Bogus' };
    expect(found(altered, 'every English key is used')).toEqual(['en: "bogusTestKey" is never used in code']);
    expect(found(altered, 'every locale has the English key set')).toEqual(
      expect.arrayContaining(['es: lacks "bogusTestKey"', 'fr: lacks "bogusTestKey"']),
    );
  });

  it('a key dropped from one translation, or one it alone has', () => {
    const altered = base();
    delete altered.fr!.settings;
    altered.es!.extraTestKey = { message: 'Extra' };
    expect(found(altered, 'every locale has the English key set')).toEqual([
      'es: has extra key "extraTestKey"',
      'fr: lacks "settings"',
    ]);
  });

  it('placeholders renamed, re-pointed, dropped from the text or undeclared', () => {
    const altered = base();
    altered.es!.panelTitle = { message: 'Consejos para $SITE$', placeholders: { site: { content: '$1' } } };
    altered.fr!.panelLabel!.placeholders = { value: { content: '$2' } };
    altered.fr!.reportLink!.message = 'Comment signaler';
    altered.es!.talkTo!.message = 'Habla con $VALUE$ y $OTHER$';
    expect(found(altered, 'placeholders match English')).toHaveLength(5);
    expect(found(altered, 'every $NAME$ token has a placeholder')).toEqual([
      'es.talkTo: $OTHER$ has no placeholder',
      'fr.reportLink: placeholder "value" is never used',
    ]);
  });

  it('empty messages, long store strings and a translated brand name', () => {
    const altered = base();
    altered.fr!.sources!.message = '  ';
    altered.es!.extDescription!.message = 'x'.repeat(133);
    altered.es!.popupTitle!.message = 'Flujo sabio';
    expect(found(altered, 'messages are non-empty strings')).toEqual(['fr.sources: empty or not a string']);
    expect(found(altered, 'store length limits')).toEqual(['es.extDescription: 133 characters, limit 132']);
    expect(found(altered, 'brand name kept')).toEqual([
      'es.popupTitle: "Streamwise" should stay untranslated',
    ]);
  });
});
