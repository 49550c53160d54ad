import type { CardText, SiteCardData } from './card-types';
import type { Region, ReportingLine } from './content-schema';
import type { Site } from './registry-schema';
import { pickConversationStarters, type PlatformFeature } from './site-features';
import { siteUiKey } from './storage-keys';

/**
 * The family plan to print, composed from the same card data the guide shows: pure, so the page and the
 * tests build the same plan from the same inputs.
 */

/** At most this many talk-about-it questions on the page: enough to start, few enough to fit. */
export const PLAN_MAX_QUESTIONS = 6;

export interface PlanPlatform {
  id: string;
  name: string;
  privacySteps: Site['privacySteps'] & {};
  familyTools: Site['familyTools'] & {};
  reporting: Site['reporting'];
  safetyCentreUrl?: string;
  /** The card's `reviewed` date (ISO) and the same date in the reader's language. */
  reviewed: string;
  reviewedText: string;
}

export interface FamilyPlan {
  platforms: PlanPlatform[];
  /** Questions to talk about: those that fit the chosen platforms first, always a general one. */
  questions: string[];
  region: { code: string; name: string; emergency: string; lines: ReportingLine[] };
  /** The day the plan was made, in the reader's language. */
  printedText: string;
}

export interface PlanInput {
  sites: readonly SiteCardData[];
  /** Registry ids in the order chosen; unknown and repeated ids are dropped. */
  chosen: readonly string[];
  text: CardText;
  region: Region;
  locale: string;
  today: Date;
}

/** "2026-12-02" → "2 December 2026" in the reader's language; an invalid date gives "". */
export function formatPlanDate(isoDate: string, locale: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(time)) return '';
  return formatDay(new Date(time), locale, 'UTC');
}

function formatDay(date: Date, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone };
  try {
    return date.toLocaleDateString(locale, options);
  } catch {
    // A malformed locale tag throws a RangeError; the date still prints.
    return date.toLocaleDateString('en-GB', options);
  }
}

/** The chosen ids the registry knows, once each, in the order chosen. */
export function knownChoices(sites: readonly { id: string }[], chosen: readonly string[]): string[] {
  const known = new Set(sites.map((s) => s.id));
  return [...new Set(chosen)].filter((id) => known.has(id));
}

/**
 * The platforms this browser has visited: those with stored per-site panel state (`siteUi:<id>`, written
 * the first time the panel shows on a site), given everything in storage.local. Only registry ids count.
 */
export function visitedSiteIds(stored: unknown, sites: readonly { id: string }[]): string[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const prefix = siteUiKey('');
  const ids = Object.keys(stored)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
  return knownChoices(sites, ids);
}

/** The talk-about-it questions for these platforms together. */
export function planQuestions(
  talkAbout: CardText['talkAbout'],
  features: readonly PlatformFeature[],
  max = PLAN_MAX_QUESTIONS,
): string[] {
  return pickConversationStarters(talkAbout, [...new Set(features)], max).map((q) => q.text);
}

/** One printable plan: each chosen platform's steps, the questions, and the country's lines. */
export function composeFamilyPlan({ sites, chosen, text, region, locale, today }: PlanInput): FamilyPlan {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const chosenSites = knownChoices(sites, chosen).map((id) => byId.get(id)!);
  const platforms = chosenSites.map((site): PlanPlatform => ({
    id: site.id,
    name: site.name,
    privacySteps: site.privacySteps ?? [],
    familyTools: site.familyTools ?? [],
    reporting: site.reporting,
    ...(site.safetyCentreUrl ? { safetyCentreUrl: site.safetyCentreUrl } : {}),
    reviewed: site.reviewed,
    reviewedText: formatPlanDate(site.reviewed, locale),
  }));
  return {
    platforms,
    questions: planQuestions(
      text.talkAbout,
      chosenSites.flatMap((s) => s.features ?? []),
    ),
    region: { code: region.code, name: region.name, emergency: region.emergency, lines: region.lines },
    printedText: formatDay(today, locale),
  };
}

/** A link printed for paper: without `https://`, so it is shorter to type; the rest is kept as it is. */
export const printableUrl = (url: string): string => url.replace(/^https:\/\//, '');
