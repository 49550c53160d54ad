import type { SiteEntry } from './registry-schema';

export type PlatformFeature = 'live' | 'gifts' | 'private-messages' | 'random-video-chat';

/**
 * Which kinds of conversation starter fit a platform, derived from what its (sourced) entry says,
 * so no separate, unsourced claim about the platform is needed.
 */
export function siteFeatures(site: SiteEntry): PlatformFeature[] {
  const text = [
    ...(site.privacySteps ?? []).flatMap((s) => [s.text, s.path ?? '']),
    ...(site.familyTools ?? []).map((t) => t.description),
    ...(site.liveNotes ?? []),
    ...(site.youngPersonTips ?? []),
    ...(site.notes ?? []),
    site.reporting.path ?? '',
  ]
    .join(' ')
    .toLowerCase();
  const features: PlatformFeature[] = [];
  if (site.live?.length || site.minimumLiveAge !== undefined) features.push('live');
  if (/\bgifts?\b|\bcoins?\b|\bbits\b|\brobux\b|\bdiamonds?\b|\bbeans\b/.test(text)) features.push('gifts');
  if (
    /\bmessag|\bdms?\b|\bwhisper|\bprivate chat|\bchat (?:settings|requests?)|\bfriend requests?\b/.test(text)
  )
    features.push('private-messages');
  if (
    /random (?:video|one-to-one video|15-second)|video (?:calls? |chats? )?with strangers|on video with strangers|random strangers/.test(
      text,
    )
  ) {
    features.push('random-video-chat');
  }
  return features;
}

/**
 * The conversation starters a card shows: those that fit the platform's features first, but
 * always at least one general starter (the first general one in content order, "who would you
 * feel OK telling?"), so a platform with many features never crowds out the question that matters
 * most.
 */
export function pickConversationStarters<T extends { feature?: PlatformFeature }>(
  starters: readonly T[],
  features: readonly PlatformFeature[],
  max: number,
): T[] {
  const specific = starters.filter((q) => q.feature !== undefined && features.includes(q.feature));
  const general = starters.filter((q) => q.feature === undefined);
  const generalCount = Math.min(general.length, Math.max(1, max - specific.length), max);
  return [...specific.slice(0, max - generalCount), ...general.slice(0, generalCount)];
}
