import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillMessage, translatorFor, type CatalogEntry, type MessageKey } from '../../utils/translate';

const localesDir = join(import.meta.dirname, '..', '..', 'public', '_locales');
const locales = readdirSync(localesDir).sort();
const catalogOf = (locale: string): Record<string, CatalogEntry> =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));
const value = { value: { content: '$1' } };

describe('fillMessage: the browser’s substitution rules', () => {
  it.each<[string, CatalogEntry, string[], string]>([
    [
      'a named placeholder',
      { message: 'Talk to $VALUE$', placeholders: value },
      ['Ms Lee'],
      'Talk to Ms Lee',
    ],
    ['names in any case', { message: 'Talk to $Value$', placeholders: value }, ['Ms Lee'], 'Talk to Ms Lee'],
    [
      'a placeholder used twice',
      { message: '$V$ or $V$', placeholders: { v: { content: '$1' } } },
      ['x'],
      'x or x',
    ],
    [
      'two placeholders in their own order',
      { message: '$B$ before $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } },
      ['one', 'two'],
      'two before one',
    ],
    [
      'fixed placeholder content',
      { message: 'Call $N$', placeholders: { n: { content: '999' } } },
      [],
      'Call 999',
    ],
    [
      '$1 straight in the message',
      { message: 'Checked $1', placeholders: undefined },
      ['May 2026'],
      'Checked May 2026',
    ],
    ['$1 to $9', { message: '$9$1' }, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], 'ia'],
    ['$$ is a dollar sign', { message: 'Costs $$5' }, [], 'Costs $5'],
    ['$$ beside a substitution', { message: '$$$1' }, ['9'], '$9'],
    [
      'a missing substitution is empty',
      { message: 'Talk to $VALUE$.', placeholders: value },
      [],
      'Talk to .',
    ],
    ['an undeclared placeholder stays as written', { message: 'Hi $NAME$' }, ['x'], 'Hi $NAME$'],
    ['a substitution is never read again', { message: 'On $1' }, ['$$ $1 $VALUE$'], 'On $$ $1 $VALUE$'],
    ['no placeholders at all', { message: 'Report' }, ['unused'], 'Report'],
  ])('%s', (_name, entry, substitutions, expected) => {
    expect(fillMessage(entry, substitutions)).toBe(expected);
  });
});

describe('translatorFor', () => {
  const t = translatorFor({ talkTo: { message: 'Talk to $VALUE$', placeholders: value } });

  it('fills the message for a key', () => {
    expect(t('talkTo', 'Ms Lee')).toBe('Talk to Ms Lee');
  });

  it('gives an empty string for a key the catalogue lacks, as getMessage does', () => {
    expect(t('phone' as MessageKey, '999')).toBe('');
  });
});

describe.each(locales)('the %s catalogue', (locale) => {
  const catalog = catalogOf(locale);
  const t = translatorFor(catalog);
  const withPlaceholders = Object.entries(catalog).filter(([, entry]) => /\$/.test(entry.message));

  it('has messages with placeholders to check', () => {
    expect(withPlaceholders.length).toBeGreaterThan(0);
  });

  it.each(withPlaceholders.map(([key]) => [key]))('%s substitutes and leaves no $…$ behind', (key) => {
    const filled = t(key as MessageKey, 'SUB-1', 'SUB-2');
    expect(filled).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
    expect(filled).not.toMatch(/\$\d/);
    const usesFirst = Object.values(catalog[key]?.placeholders ?? {}).some((p) => p.content.includes('$1'));
    if (usesFirst || /\$1/.test(catalog[key]?.message ?? '')) expect(filled).toContain('SUB-1');
  });
});
