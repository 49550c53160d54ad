import type { TextField } from './content-fields';

/**
 * One translated field: the English it was made from and the translation, or the English kept on
 * purpose with the reason. A translation is used only while `en` equals today's English, so a
 * changed fact can never show through an old translation: the field falls back to English and
 * the translations test names it as stale.
 */
export type TranslationEntry = { en: string; text: string } | { en: string; englishOnly: string };
export type TranslationFile = Readonly<Record<string, TranslationEntry>>;

export interface TranslationStatus {
  /** Fields with no entry at all. */
  readonly missing: string[];
  /** Entries whose English changed since they were translated. */
  readonly stale: string[];
  /** Entries for fields that no longer exist. */
  readonly orphaned: string[];
  /** Entries whose digits (phone numbers, ages, dates) differ from the English's. */
  readonly numbersChanged: string[];
}

/** Runs of digits in order, to check a translation kept every number of the English. */
export const digitRuns = (text: string): string[] => text.match(/\d+/g) ?? [];

const sameNumbers = (a: string, b: string) =>
  digitRuns(a).slice().sort().join(' ') === digitRuns(b).slice().sort().join(' ');

export function translationStatus(fields: readonly TextField[], file: TranslationFile): TranslationStatus {
  const known = new Set(fields.map((f) => f.key));
  const status: TranslationStatus = { missing: [], stale: [], orphaned: [], numbersChanged: [] };
  for (const field of fields) {
    const entry = file[field.key];
    if (!entry || ('text' in entry && entry.text.trim() === '')) status.missing.push(field.key);
    else if (entry.en !== field.en) status.stale.push(field.key);
    else if ('text' in entry && !sameNumbers(entry.text, field.en)) status.numbersChanged.push(field.key);
  }
  for (const key of Object.keys(file)) if (!known.has(key)) status.orphaned.push(key);
  return status;
}

/** Today's text for each field in one language: the translation when it is current, else the English. */
export function localizedTexts(
  fields: readonly TextField[],
  file: TranslationFile | undefined,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const field of fields) {
    const entry = file?.[field.key];
    const current =
      entry &&
      entry.en === field.en &&
      'text' in entry &&
      entry.text.trim() !== '' &&
      sameNumbers(entry.text, field.en);
    texts.set(field.key, current ? entry.text : field.en);
  }
  return texts;
}

/**
 * A copy of `value` with the texts at the given paths replaced ("lines.0.name"). Only a string already
 * at that path is replaced: a path the value lacks (an old stored overlay) changes nothing.
 */
export function withTexts<T>(value: T, texts: ReadonlyMap<string, string>): T {
  const copy = structuredClone(value) as unknown;
  for (const [path, text] of texts) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let target: unknown = copy;
    for (const key of keys) {
      target =
        typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
    }
    if (typeof target === 'object' && target !== null && Object.hasOwn(target, last)) {
      const record = target as Record<string, unknown>;
      if (typeof record[last] === 'string') record[last] = text;
    }
  }
  return copy as T;
}

/** `isTranslationFile` for files read from disk: a clear error naming the file and key. */
export function parseTranslationFile(raw: unknown, name: string): TranslationFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${name}: must be an object of field path → { en, text }`);
  }
  for (const [key, entry] of Object.entries(raw as Record<string, unknown>)) {
    const e = entry as Record<string, unknown> | null;
    const ok =
      typeof e === 'object' &&
      e !== null &&
      typeof e.en === 'string' &&
      (typeof e.text === 'string' || (typeof e.englishOnly === 'string' && e.englishOnly.trim() !== ''));
    if (!ok) throw new Error(`${name}: "${key}" needs "en" and "text" (or "englishOnly": a reason)`);
  }
  return raw as TranslationFile;
}
