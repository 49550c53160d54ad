import * as z from 'zod';
import { SITE_ID_MAX_LENGTH, SITE_ID_PATTERN } from './settings-model';

/**
 * The shape of one platform in the registry (`content/sites/<id>.ts`).
 * Plain strings today; every user-facing text is a `Text` so a later change can
 * allow `{ en: string; es?: string; ... }` per field without reshaping entries.
 */

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const hostnameSchema = z
  .string()
  .refine((h) => !h.includes('://'), 'must be a bare hostname, without a scheme')
  .refine((h) => !h.includes('/'), 'must be a bare hostname, without a path')
  .refine((h) => !h.includes('*'), 'must not contain a wildcard')
  .refine((h) => !h.split('.').some((label) => label.startsWith('xn--')), 'must not be punycode')
  .refine((h) => !/^[\d.]+$/.test(h) && !h.includes(':'), 'must not be an IP address')
  .refine((h) => HOSTNAME.test(h), 'must be a lowercase hostname such as www.example.com');

export const httpsUrlSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}, 'must be an absolute https:// URL');

const textSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(600, 'is too long (600 characters at most)');

const regexSourceSchema = z.string().refine((source) => {
  try {
    new RegExp(source);
    return source.startsWith('^') && source.endsWith('$');
  } catch {
    return false;
  }
}, 'must be a valid regular expression anchored with ^ and $');

export const confidenceSchema = z.enum(['official', 'partly-official', 'third-party']);

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real date');

export const livePatternSchema = z.strictObject({
  /** Regular expression over the URL's pathname, anchored with ^ and $; matched case-insensitively. */
  path: regexSourceSchema,
  /** Limit the pattern to some of the entry's hosts (e.g. m.tiktok.com). */
  hosts: z.array(hostnameSchema).min(1).optional(),
});

export const stepSchema = z.strictObject({
  /** What to change and why, in plain words. */
  text: textSchema,
  /** The menu path as the site words it, e.g. "Settings → Privacy and Safety → Whispers". */
  path: textSchema.optional(),
});

export const familyToolSchema = z.strictObject({
  name: textSchema,
  description: textSchema,
  url: httpsUrlSchema.optional(),
  path: textSchema.optional(),
});

export const reportingSchema = z
  .strictObject({
    /** The platform's own page on reporting a user or stream. */
    url: httpsUrlSchema.optional(),
    /** What `url` is, when it is not a page on how to report (e.g. "TikTok Help: User safety"). */
    label: textSchema.optional(),
    /** Where Report sits in the app or site, in the site's words. */
    path: textSchema.optional(),
    note: textSchema.optional(),
  })
  .refine(
    (r) => r.url !== undefined || r.path !== undefined || r.note !== undefined,
    'needs a url, an in-app path, or a note saying what is not known',
  );

export const sourceSchema = z.strictObject({
  url: httpsUrlSchema,
  title: textSchema,
  /** Official sources (the platform's own pages, a regulator) are shown as links; others as plain text. */
  official: z.boolean(),
});

export const sectionSchema = z.enum(['ages', 'privacy', 'familyTools', 'reporting', 'live']);

/** A site id, the same rule as `isSiteId` (settings-model.ts) that settings, policy and messages use. */
export const siteIdSchema = z
  .string()
  .max(SITE_ID_MAX_LENGTH, `must be at most ${SITE_ID_MAX_LENGTH} characters`)
  .regex(SITE_ID_PATTERN, 'must be a lowercase slug such as "twitch"');

export const siteSchema = z.strictObject({
  id: siteIdSchema,
  name: textSchema,
  /** Web hosts where the panel shows: the host itself and its subdomains match. */
  hosts: z.array(hostnameSchema).min(1, 'needs at least one host'),
  /** Subdomains of `hosts` where the panel makes no sense (embeds, help centres). */
  excludeHosts: z.array(hostnameSchema).optional(),
  /** Other domains this entry's links may point to (official help and safety sites). */
  linkDomains: z.array(hostnameSchema).optional(),
  live: z.array(livePatternSchema).optional(),
  minimumAge: z.number().int().min(0).max(21).optional(),
  minimumLiveAge: z.number().int().min(0).max(21).optional(),
  /** Age rules a number cannot carry: regional rules, conflicts left visible. */
  ageNote: textSchema.optional(),
  privacySteps: z.array(stepSchema).optional(),
  familyTools: z.array(familyToolSchema).optional(),
  reporting: reportingSchema,
  safetyCentreUrl: httpsUrlSchema.optional(),
  /** What `safetyCentreUrl` is, when it is not a safety centre (e.g. "Kick Help: Viewer controls"). */
  safetyCentreLabel: textSchema.optional(),
  /** Site-specific lines for the young-person section; general ones live in content/. */
  youngPersonTips: z.array(textSchema).optional(),
  /** Site-specific facts about live streaming (e.g. "LIVE is 18+ on TikTok"). */
  liveNotes: z.array(textSchema).optional(),
  /** Things the card must say plainly: conflicts, unclear facts, status. */
  notes: z.array(textSchema).optional(),
  confidence: confidenceSchema,
  /** Sections that rest on third-party sources only; the card says so calmly. */
  thirdPartySections: z.array(sectionSchema).optional(),
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  reviewed: isoDateSchema,
  /** URLs the tests check the live patterns against; never shown to users. */
  testUrls: z
    .strictObject({
      live: z.array(httpsUrlSchema).optional(),
      notLive: z.array(httpsUrlSchema).optional(),
    })
    .optional(),
});

export type SiteEntry = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
export type Confidence = z.output<typeof confidenceSchema>;
