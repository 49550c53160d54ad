import type * as z from 'zod';
import {
  conversationStartersSchema,
  regionSchema,
  tipsSchema,
  tipsSourcesSchema,
  type Region,
} from './content-schema';
import { checkRegionNumbers } from './phone-formats';
import { REGION_CODES } from './region';
import { parseTranslationFile } from './content-translation';
import { CONTENT_LANGUAGES, isContentLanguage } from './languages';

export interface ContentReport {
  errors: string[];
  regions: Region[];
}

/** The tips module's lists (content/tips.ts), each checked with its schema. */
export interface TipsModule {
  parentTips: readonly unknown[];
  youngPersonTips: readonly unknown[];
  liveRisks: readonly unknown[];
  keepEvidence: readonly unknown[];
  youngPersonLines: readonly unknown[];
  conversationStarters: readonly unknown[];
  tipsSources: readonly unknown[];
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

const issues = (prefix: string, error: z.ZodError) =>
  error.issues.map((issue) => `${prefix}: ${fieldPath(issue.path) || '(entry)'}: ${issue.message}`);

/**
 * Validate the reporting lines and tips: every message names the region (or tip list) and the
 * field, e.g. `DE: emergency: 1100 is not an emergency number of DE`. Run by the unit tests and by
 * `wxt.config.ts`, so a malformed emergency number fails the build the way a bad site does.
 */
export function validateContent(regions: readonly unknown[], tips?: TipsModule): ContentReport {
  const errors: string[] = [];
  const valid: Region[] = [];

  regions.forEach((entry, i) => {
    const code =
      typeof entry === 'object' && entry !== null && typeof (entry as { code?: unknown }).code === 'string'
        ? (entry as { code: string }).code
        : `region #${i}`;
    const parsed = regionSchema.safeParse(entry);
    if (!parsed.success) {
      errors.push(...issues(code, parsed.error));
      return;
    }
    errors.push(...checkRegionNumbers(parsed.data).map((p) => `${code}: ${p}`));
    if (valid.some((r) => r.code === parsed.data.code)) errors.push(`${code}: code: listed more than once`);
    valid.push(parsed.data);
  });
  const missing = REGION_CODES.filter((c) => !valid.some((r) => r.code === c));
  // A code with no entry only matters when every entry parsed (otherwise the parse error says why).
  if (errors.length === 0 && missing.length > 0) errors.push(`regions: no entry for ${missing.join(', ')}`);

  if (tips) {
    const lists = {
      parentTips: tipsSchema,
      youngPersonTips: tipsSchema,
      liveRisks: tipsSchema,
      keepEvidence: tipsSchema,
      youngPersonLines: tipsSchema,
      conversationStarters: conversationStartersSchema,
      tipsSources: tipsSourcesSchema,
    } as const;
    for (const [name, schema] of Object.entries(lists)) {
      const parsed = schema.safeParse(tips[name as keyof TipsModule]);
      if (!parsed.success) errors.push(...issues(`tips.${name}`, parsed.error));
    }
    const ids = new Set(
      Object.keys(lists)
        .filter((name) => name !== 'tipsSources')
        .flatMap((name) => (tips[name as keyof TipsModule] as readonly { id?: unknown }[]).map((t) => t.id)),
    );
    (tips.tipsSources as readonly { supports?: unknown }[]).forEach((source, i) => {
      const supports = Array.isArray(source.supports) ? (source.supports as unknown[]) : [];
      supports.forEach((id, j) => {
        if (!ids.has(id))
          errors.push(`tips.tipsSources: [${i}].supports[${j}]: no tip has the id ${String(id)}`);
      });
    });
    const starters = tips.conversationStarters as readonly { feature?: unknown }[];
    if (Array.isArray(starters) && !starters.some((s) => s.feature === undefined))
      errors.push('tips.conversationStarters: needs at least one general starter (no feature)');
  }
  return { errors, regions: valid };
}

/**
 * The content translation files (content/translations/<lang>/…json) as read from disk: each must be
 * JSON of field path → { en, text } or { en, englishOnly: reason }. Every error names the file, and the
 * key when one entry is wrong. Stale or missing translations are not errors here (English shows; the
 * translations unit test names them).
 */
export function validateTranslationFiles(files: Readonly<Record<string, string>>): string[] {
  const errors: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const language = /(?:^|\/)translations\/([^/]+)\//.exec(name)?.[1];
    if (language !== undefined && !isContentLanguage(language)) {
      errors.push(`${name}: "${language}" is not one of ${CONTENT_LANGUAGES.join(', ')}`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      errors.push(`${name}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    try {
      parseTranslationFile(raw, name);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  return errors;
}
