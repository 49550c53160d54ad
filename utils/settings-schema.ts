import * as z from 'zod';
import {
  AUDIENCES,
  MAX_SITE_LIST,
  PANEL_CORNERS,
  PANEL_MODES,
  REGION_PATTERN,
  type Settings,
} from './settings-model';
import { siteIdSchema } from './registry-schema';
import { LANGUAGE_SETTINGS } from './languages';
import { SETTINGS_EXPORT_MARKER } from './settings-file';
import { SETTINGS_VERSION } from './stored-settings';

/**
 * The settings schema in zod, for the options page and the tests. It is built from the same lists as the
 * zod-free reader in `stored-settings.ts` (which the content script uses), and the tests check that whatever that
 * reader returns passes this schema.
 */

const regionSchema = z.union([
  z
    .string()
    .regex(REGION_PATTERN, 'must be a two-letter upper-case ISO 3166-1 code')
    .refine((code) => code !== 'UK', 'the code for the United Kingdom is GB'),
  z.literal('INTL'),
]);

export const settingsSchema = z.strictObject({
  audience: z.enum(AUDIENCES),
  region: regionSchema.nullable(),
  language: z.enum(LANGUAGE_SETTINGS),
  panelMode: z.enum(PANEL_MODES),
  panelCorner: z.enum(PANEL_CORNERS),
  disabledSites: z
    .array(siteIdSchema)
    .max(MAX_SITE_LIST)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a site'),
  worriedButton: z.boolean(),
});

export const storedSettingsSchema = settingsSchema.extend({ schemaVersion: z.literal(SETTINGS_VERSION) });

export const settingsExportSchema = z.strictObject({
  streamwise: z.literal(SETTINGS_EXPORT_MARKER),
  schemaVersion: z.literal(SETTINGS_VERSION),
  settings: settingsSchema,
});

// The schema and the `Settings` interface must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.output<typeof settingsSchema>, Settings> = true;
void sameShape;
