import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import {
  PLAN_MAX_QUESTIONS,
  composeFamilyPlan,
  formatPlanDate,
  knownChoices,
  planQuestions,
  printableUrl,
  visitedSiteIds,
} from '../../utils/family-plan';
import type { Region } from '../../utils/content-schema';

const sites = registry.map(toCardData);
const text = buildCardText(tips);
const region = (code: string) => regions.find((r) => r.code === code)! as Region;
const today = new Date('2026-12-02T10:00:00Z');
const plan = (chosen: string[], code = 'GB', locale = 'en-GB') =>
  composeFamilyPlan({ sites, chosen, text, region: region(code), locale, today });

describe('the family plan', () => {
  it('has each chosen platform once, in the order chosen, with its steps, tools and reporting path', () => {
    const result = plan(['roblox', 'twitch', 'roblox']);
    expect(result.platforms.map((p) => p.id)).toEqual(['roblox', 'twitch']);
    const twitch = registry.find((s) => s.id === 'twitch')!;
    const printed = result.platforms[1]!;
    expect(printed.name).toBe('Twitch');
    expect(printed.privacySteps).toEqual(twitch.privacySteps);
    expect(printed.familyTools).toEqual([]);
    expect(printed.reporting).toEqual(twitch.reporting);
    const roblox = registry.find((s) => s.id === 'roblox')!;
    expect(result.platforms[0]!.familyTools).toEqual(roblox.familyTools);
  });

  it('drops ids the registry does not know', () => {
    expect(plan(['twitch', 'no-such-site', '']).platforms.map((p) => p.id)).toEqual(['twitch']);
    expect(plan([]).platforms).toEqual([]);
  });

  it('carries each card’s reviewed date, in the reader’s language', () => {
    const twitch = registry.find((s) => s.id === 'twitch')!;
    const [gb] = plan(['twitch']).platforms;
    expect(gb!.reviewed).toBe(twitch.reviewed);
    expect(gb!.reviewedText).toBe(formatPlanDate(twitch.reviewed, 'en-GB'));
    expect(formatPlanDate('2026-12-02', 'en-GB')).toBe('2 December 2026');
    expect(formatPlanDate('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatPlanDate('2026-12-02', 'de')).toBe('2. Dezember 2026');
    expect(formatPlanDate('2026-12-02', 'es')).toBe('2 de diciembre de 2026');
    expect(formatPlanDate('2026-12-02', 'pl')).toBe('2 grudnia 2026');
    expect(formatPlanDate('2026-12-02', 'ar')).toMatch(/ديسمبر/);
  });

  it('prints the day it was made, in the reader’s language', () => {
    expect(plan(['twitch']).printedText).toBe('2 December 2026');
    expect(plan(['twitch'], 'DE', 'de-DE').printedText).toBe('2. Dezember 2026');
  });

  it('a bad date gives no text and a malformed locale still gives a date', () => {
    expect(formatPlanDate('2026-13-45', 'en-GB')).toBe('');
    expect(formatPlanDate('yesterday', 'en-GB')).toBe('');
    expect(formatPlanDate('2026-12-02', 'not a locale!')).toBe('2 December 2026');
  });

  it('lists the country’s emergency number and every line, first where to report', () => {
    const gb = plan(['twitch']).region;
    expect(gb.code).toBe('GB');
    expect(gb.emergency).toBe('999');
    expect(gb.lines).toEqual(region('GB').lines);
    expect(['report', 'police']).toContain(gb.lines[0]!.kind);
    const au = plan(['twitch'], 'AU').region;
    expect(au.name).toBe(region('AU').name);
    expect(au.lines.map((l) => l.name)).toEqual(region('AU').lines.map((l) => l.name));
  });
});

describe('the plan’s questions', () => {
  it('fit the chosen platforms’ features and always keep a general question', () => {
    const live = plan(['twitch']).questions;
    const general = tips.conversationStarters.filter((q) => !('feature' in q) || q.feature === undefined);
    const liveOnes = tips.conversationStarters.filter((q) => 'feature' in q && q.feature === 'live');
    expect(live.length).toBeLessThanOrEqual(PLAN_MAX_QUESTIONS);
    expect(live).toContain(general[0]!.text);
    expect(live).toContain(liveOnes[0]!.text);
  });

  it('for platforms with no feature, are the general questions', () => {
    const general = tips.conversationStarters.filter((q) => !('feature' in q) || q.feature === undefined);
    expect(planQuestions(text.talkAbout, [])).toEqual(
      general.slice(0, PLAN_MAX_QUESTIONS).map((q) => q.text),
    );
  });

  it('do not repeat when two platforms share a feature', () => {
    const questions = plan(['twitch', 'kick', 'tiktok']).questions;
    expect(new Set(questions).size).toBe(questions.length);
  });
});

describe('the platforms this browser has visited', () => {
  it('are the registry sites with stored per-site state, and nothing else', () => {
    const stored = {
      'siteUi:twitch': { seen: true, dismissed: false },
      'siteUi:roblox': { seen: false, dismissed: true },
      'siteUi:not-in-registry': { seen: true },
      'siteUi:': {},
      'site:discord': { id: 'discord' },
      settings: { schemaVersion: 2 },
    };
    expect(visitedSiteIds(stored, sites).sort()).toEqual(['roblox', 'twitch']);
  });

  it.each([[undefined], [null], ['text'], [{}]])('none from %j', (stored) => {
    expect(visitedSiteIds(stored, sites)).toEqual([]);
  });
});

describe('helpers', () => {
  it('knownChoices keeps order, drops repeats and strangers', () => {
    expect(knownChoices(sites, ['twitch', 'kick', 'twitch', 'x-no'])).toEqual(['twitch', 'kick']);
  });

  it('printableUrl drops only the https:// prefix', () => {
    expect(printableUrl('https://www.iwf.org.uk/faqs/')).toBe('www.iwf.org.uk/faqs/');
    expect(printableUrl('https://example.org/https://x')).toBe('example.org/https://x');
  });
});
