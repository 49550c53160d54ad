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
const REQUIRED_LOCALES = ['en', 'es', 'fr'];
/** Chrome Web Store / manifest limits, in characters. */
const STORE_LIMITS: Record<string, number> = { extName: 75, extDescription: 132 };
const BRAND = 'Streamwise';

/**
 * Calls whose key the scanner cannot read (anything but a string literal or a ternary of string
 * literals), as "file: first argument" → the keys it can produce. Empty: every call site uses literals.
 */
const DYNAMIC_CALLS: Record<string, readonly string[]> = {};

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

/** Index just past the string or template literal that opens at `start`. */
function skipString(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\') i++;
    else if (quote !== '`' && source[i] === '\n') break;
    i++;
  }
  return i + 1;
}

/**
 * Walks `source` from `start`, skipping string literals and tracking bracket depth; calls `stop` on each
 * character outside strings with the depth before it. Returns the index where `stop` said yes, or the end.
 */
function scan(
  source: string,
  start: number,
  stop: (ch: string, depth: number, i: number) => boolean,
): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipString(source, i);
      continue;
    }
    if (stop(ch, depth, i)) return i;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    i++;
  }
  return source.length;
}

/** The text of a call's first argument; `start` is just past the opening parenthesis. */
function firstArgument(source: string, start: number): string {
  const end = scan(source, start, (ch, depth) => depth === 0 && (ch === ',' || ch === ')'));
  return source.slice(start, end).trim();
}

/** A single string literal with no interpolation, or undefined. */
function literalValue(expr: string): string | undefined {
  const m = /^(['"])((?:\\.|(?!\1)[^\\\n])*)\1$/.exec(expr) ?? /^`([^`\\$]*)`$/.exec(expr);
  return m ? m[m.length - 1] : undefined;
}

/**
 * The keys an argument can evaluate to: a string literal, or the branches of a (nested) ternary whose
 * branches are string literals. The condition's own literals (`audience === 'young-person'`) are not
 * keys. Anything else is dynamic (undefined).
 */
function keysOf(expr: string): string[] | undefined {
  let e = expr.trim();
  while (e.startsWith('(') && scan(e, 0, (ch, depth) => ch === ')' && depth === 1) === e.length - 1) {
    e = e.slice(1, -1).trim();
  }
  const literal = literalValue(e);
  if (literal !== undefined) return [literal];
  const isTernaryMark = (i: number) =>
    e[i] === '?' && e[i + 1] !== '?' && e[i - 1] !== '?' && e[i + 1] !== '.';
  const q = scan(e, 0, (ch, depth, i) => depth === 0 && isTernaryMark(i));
  if (q >= e.length) return undefined;
  let nested = 0;
  const colon = scan(e, q + 1, (ch, depth, i) => {
    if (depth !== 0) return false;
    if (isTernaryMark(i)) nested++;
    else if (ch === ':') {
      if (nested === 0) return true;
      nested--;
    }
    return false;
  });
  if (colon >= e.length) return undefined;
  const whenTrue = keysOf(e.slice(q + 1, colon));
  const whenFalse = keysOf(e.slice(colon + 1));
  return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
}

interface Usage {
  keys: Set<string>;
  /** `t(...)` calls whose key could not be read, as "file: first argument". */
  dynamic: string[];
}

/** Blanks lines that are comments (line, block, JSDoc or JSX comments) so commented-out calls do not count. */
function withoutCommentLines(source: string): string {
  return source
    .split('\n')
    .map((line) => (/^\s*(\/\/|\/\*|\*|\{\/\*)/.test(line) ? '' : line))
    .join('\n');
}

/** Keys used by `t(...)`, `getMessage(...)` and `__MSG_key__` in one file's text. */
function keysInSource(file: string, text: string, usage: Usage): void {
  const source = withoutCommentLines(text);
  for (const m of source.matchAll(/__MSG_([A-Za-z0-9_@]+?)__/g)) {
    if (!m[1]!.startsWith('@@')) usage.keys.add(m[1]!);
  }
  // `t(` and `props.t(`, but not `get(`, `set(` or `test(`.
  for (const [pattern, kind] of [
    [/(?<![\w$])t\(/g, 't'],
    [/\bgetMessage\(/g, 'getMessage'],
  ] as const) {
    for (const m of source.matchAll(pattern)) {
      const arg = firstArgument(source, m.index + m[0].length);
      const keys = keysOf(arg) ?? DYNAMIC_CALLS[`${file}: ${arg}`];
      if (keys) for (const key of keys) usage.keys.add(key);
      // getMessage(key, …) with a variable is the generic wrapper behind `t`, not a lookup of its own.
      else if (kind === 't') usage.dynamic.push(`${file}: t(${arg}…)`);
    }
  }
}

function usedKeys(files: readonly string[]): Usage {
  const usage: Usage = { keys: new Set(), dynamic: [] };
  for (const file of files) keysInSource(file, readFileSync(join(root, file), 'utf8'), usage);
  return usage;
}

// ---------------------------------------------------------------------------------------------------
// Checking the catalogs

const CHECKS = [
  'used keys exist in every locale',
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

  for (const key of used) {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      if (!Object.hasOwn(catalog, key))
        add('used keys exist in every locale', `${locale}: "${key}" is missing`);
    }
  }
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
const usage = usedKeys(files);
const problems = catalogProblems(catalogs, usage.keys);

describe('i18n catalogs', () => {
  it('has the required locales', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
  });

  it('finds the keys the code uses', () => {
    expect(files.length).toBeGreaterThan(5);
    // wxt.config.ts names the manifest strings; if these vanish the scanner is broken, not the catalog.
    expect([...usage.keys]).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    expect(usage.keys.size).toBeGreaterThan(10);
  });

  it('reads every t(...) key (literals or ternaries of literals; others go in DYNAMIC_CALLS)', () => {
    expect(usage.dynamic).toEqual([]);
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
  const found = (altered: Record<string, Catalog>, check: Check, used: ReadonlySet<string> = usage.keys) =>
    only(catalogProblems(altered, used), check).filter((text) => !baseline(check).includes(text));

  it('a key added to English only is unused and missing elsewhere', () => {
    const altered = base();
    altered.en!.bogusTestKey = { message: 'Bogus' };
    expect(found(altered, 'every English key is used')).toEqual(['en: "bogusTestKey" is never used in code']);
    expect(found(altered, 'every locale has the English key set')).toEqual(
      expect.arrayContaining(['es: lacks "bogusTestKey"', 'fr: lacks "bogusTestKey"']),
    );
  });

  it('a key used in code but absent from the catalogs', () => {
    const used = new Set([...usage.keys, 'bogusTestKey']);
    expect(found(base(), 'used keys exist in every locale', used)).toEqual(
      expect.arrayContaining(['en: "bogusTestKey" is missing', 'es: "bogusTestKey" is missing']),
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

  it('the scanner reads literal, ternary and manifest keys, and flags variable ones', () => {
    const seen: Usage = { keys: new Set(), dynamic: [] };
    keysInSource(
      'x.tsx',
      [
        `heading={t(audience === 'young-person' ? 'leadKey' : "otherKey")}`,
        `{t('withArg', site.name)} {t(\`tpl\`)} {t((cond ? 'a' : (b ? 'c' : 'd')))} {props.t('viaProps')}`,
        `name: '__MSG_manifestKey__', x: '__MSG_@@ui_locale__'`,
        `browser.i18n.getMessage('viaGetMessage'); browser.i18n.getMessage(key, subs);`,
        `storage.local.get('notAKey'); /x/.test('notAKey2'); map.set('notAKey3', 1);`,
        `// t('commentedOut')`,
        `{t(keyFor(x))} {t(\`dyn\${x}\`)}`,
      ].join('\n'),
      seen,
    );
    expect([...seen.keys].sort()).toEqual(
      [
        'a',
        'c',
        'd',
        'leadKey',
        'manifestKey',
        'otherKey',
        'tpl',
        'viaGetMessage',
        'viaProps',
        'withArg',
      ].sort(),
    );
    expect(seen.dynamic).toEqual(['x.tsx: t(keyFor(x)…)', 'x.tsx: t(`dyn${x}`…)']);
  });
});
