/**
 * Content translations: `npm run translations -- status` lists what is missing or stale per language;
 * `npm run translations -- scaffold <lang>` adds every missing or stale field to that language's files
 * with its English and an empty "text" to fill in (current translations are kept as they are).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { registry } from '../content/sites/index';
import { regions } from '../content/regions/index';
import * as tips from '../content/tips';
import { contentUnits } from '../utils/content-fields';
import { parseTranslationFile, translationStatus, type TranslationEntry } from '../utils/content-translation';
import { CONTENT_LANGUAGES } from '../utils/languages';

const root = join(import.meta.dirname, '..', 'content', 'translations');
const fileOf = (lang: string, unit: string) => join(root, lang, `${unit}.json`);

function read(lang: string, unit: string): Record<string, TranslationEntry> {
  const path = fileOf(lang, unit);
  return existsSync(path) ? { ...parseTranslationFile(JSON.parse(readFileSync(path, 'utf8')), path) } : {};
}

const units = contentUnits(registry, regions, tips);
const [command = 'status', language] = process.argv.slice(2);
const targets = language ? [language] : CONTENT_LANGUAGES.filter((l) => l !== 'en');

if (command === 'scaffold') {
  if (!language) throw new Error('usage: npm run translations -- scaffold <lang>');
  for (const { unit, fields } of units) {
    const file = read(language, unit);
    const next: Record<string, TranslationEntry> = {};
    for (const field of fields) {
      const entry = file[field.key];
      next[field.key] = entry && entry.en === field.en ? entry : { en: field.en, text: '' };
    }
    mkdirSync(dirname(fileOf(language, unit)), { recursive: true });
    writeFileSync(fileOf(language, unit), `${JSON.stringify(next, null, 2)}\n`);
  }
  console.log(`scaffolded ${units.length} units for ${language}`);
} else {
  for (const lang of targets) {
    let fields = 0;
    const problems: string[] = [];
    for (const unit of units) {
      fields += unit.fields.length;
      const s = translationStatus(unit.fields, read(lang, unit.unit));
      for (const [kind, keys] of Object.entries(s)) {
        for (const key of keys as string[]) problems.push(`${kind}: ${unit.unit} ${key}`);
      }
    }
    console.log(`${lang}: ${fields} fields, ${problems.length} to do`);
    for (const p of problems.slice(0, 40)) console.log(`  ${p}`);
    if (problems.length > 40) console.log(`  … and ${problems.length - 40} more`);
  }
}
