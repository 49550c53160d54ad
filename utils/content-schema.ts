import * as z from 'zod';
import { REGION_CODES } from './region';
import { httpsUrlSchema, sourceSchema } from './registry-schema';

/**
 * The shape of the national reporting lines (`content/regions/`) and the general tips
 * (`content/tips.ts`). Plain English strings today, one field per text, so per-field
 * translations can come later without reshaping the data.
 */

const textSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(600, 'is too long (600 characters at most)');

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real date');

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "talk-often"');

export const regionCodeSchema = z.enum(REGION_CODES);

export const lineKindSchema = z.enum([
  /** Where to report grooming or sexual exploitation (a national reporting body). */
  'report',
  'helpline-children',
  'helpline-parents',
  /** A hotline for child sexual abuse images and videos (usually an INHOPE member). */
  'csam-hotline',
  'image-removal',
  /** The police, where they are the place to report, or a police tip line. */
  'police',
]);

/** Shown as text, never as a `tel:` link: digits, spaces, hyphens, brackets, a leading + and vanity letters (1-800-CALL-FBI). */
const phoneSchema = z
  .string()
  .regex(
    /^\+?[0-9A-Z][0-9A-Z ()-]*[0-9A-Z]$/,
    'must be a phone number such as "0800 1111" or "1-800-CALL-FBI"',
  )
  .refine((p) => (p.match(/\d/g) ?? []).length >= 3, 'must contain at least three digits');

/** A text-message instruction such as "Text CONNECT to 686868"; shown as text. */
const smsSchema = z
  .string()
  .trim()
  .min(1)
  .max(80, 'is too long (80 characters at most)')
  .refine((t) => /\d{3,}/.test(t), 'must contain the number to text');

export const reportingLineSchema = z
  .strictObject({
    kind: lineKindSchema,
    /** English name, with the local name where natural: "Nummer gegen Kummer (children's helpline)". */
    name: textSchema,
    /** What the line is for and how to reach it, in one or two plain sentences. */
    description: textSchema,
    url: httpsUrlSchema.optional(),
    phone: phoneSchema.optional(),
    text: smsSchema.optional(),
    email: z.email().optional(),
  })
  .refine(
    (line) =>
      line.url !== undefined ||
      line.phone !== undefined ||
      line.text !== undefined ||
      line.email !== undefined,
    'needs a url, phone, text or email',
  );

const REPORTING_KINDS: ReadonlySet<string> = new Set(['report', 'police']);
const AFTER_CHILDREN_KINDS: ReadonlySet<string> = new Set([
  'csam-hotline',
  'image-removal',
  'helpline-parents',
]);

export const regionSchema = z
  .strictObject({
    code: regionCodeSchema,
    name: textSchema,
    /** The number to call when a child is in danger now ("999", "112 or 999"), or plain words for INTL. */
    emergency: z.string().trim().min(1).max(60),
    lines: z.array(reportingLineSchema).min(1, 'needs at least one line'),
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    reviewed: isoDateSchema,
  })
  .refine((region) => REPORTING_KINDS.has(region.lines[0]?.kind ?? ''), {
    message: 'the first line must say where to report (kind "report" or "police")',
    path: ['lines', 0, 'kind'],
  })
  .refine(
    (region) => {
      const firstChildren = region.lines.findIndex((l) => l.kind === 'helpline-children');
      const firstRest = region.lines.findIndex((l) => AFTER_CHILDREN_KINDS.has(l.kind));
      return firstChildren === -1 || firstRest === -1 || firstChildren < firstRest;
    },
    {
      message: "the children's helpline must come before the CSAM hotline, image removal and parents' lines",
      path: ['lines'],
    },
  );

export const regionsSchema = z
  .array(regionSchema)
  .refine(
    (regions) => new Set(regions.map((r) => r.code)).size === regions.length,
    'each region code only once',
  );

const TIP_MAX = 280;

export const tipSchema = z.strictObject({
  id: slugSchema,
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(TIP_MAX, `is too long (${TIP_MAX} characters at most)`),
});

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

export const tipsSchema = z.array(tipSchema).min(1).refine(uniqueIds, 'tip ids must be unique');

export const platformFeatureSchema = z.enum(['live', 'gifts', 'private-messages', 'random-video-chat']);

export const conversationStarterSchema = tipSchema.extend({
  /** The platform feature the question fits; general questions leave it out. */
  feature: platformFeatureSchema.optional(),
});

export const conversationStartersSchema = z
  .array(conversationStarterSchema)
  .min(1)
  .refine(uniqueIds, 'conversation starter ids must be unique');

/** A tips source also names the tips it backs (their ids), so an unsupported tip is visible. */
export const tipsSourceSchema = sourceSchema.extend({
  supports: z.array(slugSchema).min(1, 'must name at least one tip it supports'),
});

export const tipsSourcesSchema = z.array(tipsSourceSchema).min(1);

export type { RegionCode } from './region';
export type LineKind = z.output<typeof lineKindSchema>;
export type ReportingLineEntry = z.input<typeof reportingLineSchema>;
export type ReportingLine = z.output<typeof reportingLineSchema>;
export type RegionEntry = z.input<typeof regionSchema>;
export type Region = z.output<typeof regionSchema>;
export type TipEntry = z.input<typeof tipSchema>;
export type Tip = z.output<typeof tipSchema>;
export type PlatformFeature = z.output<typeof platformFeatureSchema>;
export type ConversationStarterEntry = z.input<typeof conversationStarterSchema>;
export type ConversationStarter = z.output<typeof conversationStarterSchema>;
export type SourceEntry = z.input<typeof sourceSchema>;
export type TipsSourceEntry = z.input<typeof tipsSourceSchema>;
