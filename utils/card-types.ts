import type { Site } from './registry-schema';
import type { PlatformFeature } from './site-features';
import type { StepIds } from './checklist';

/** The card text a surface needs; the content script receives exactly this from storage. */
export type SiteCardData = Omit<Site, 'hosts' | 'excludeHosts' | 'testUrls'> & {
  features?: PlatformFeature[];
  /**
   * "November 2026" per interface language, formatted once by the worker: the first Intl date format in
   * a page's isolated world costs ~40 ms, which the in-page panel must not pay.
   */
  reviewedMonth?: Readonly<Record<string, string>>;
  /** The checklist ids of the privacy steps and family tools, from the English text (see checklist.ts). */
  stepIds?: StepIds;
};

/** General advice every card shares (content/tips.ts). */
export interface CardText {
  liveRisks: readonly string[];
  youngTips: readonly string[];
  youngLines: readonly string[];
  keepEvidence: readonly string[];
  talkAbout: readonly { text: string; feature?: PlatformFeature }[];
}
