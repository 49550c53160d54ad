/**
 * The interface's own words (not registry content). Components take a `t` function so the
 * entrypoints can swap in `browser.i18n` without the components knowing about `browser.*`.
 */
export const englishMessages = {
  panelTitle: 'Safety tips for $1',
  panelLabel: 'Streamwise safety tips for $1',
  chipLabel: 'Safety tips',
  collapse: 'Collapse',
  collapseLabel: 'Collapse the safety tips',
  expandLabel: 'Show safety tips for $1',
  dismiss: 'Hide on this site',
  dismissLabel: 'Hide Streamwise on $1 (you can turn it back on in the settings)',
  liveHeading: 'Live stream: what to watch for',
  reportHeading: 'Report a user or stream',
  reportLink: 'How to report on $1',
  reportPath: 'In the app or site: $1',
  privacyHeading: 'Privacy settings to change',
  familyHeading: 'Family tools',
  youngHeading: 'If you are a young person',
  youngLeadHeading: 'If something online worries you',
  thenReportTo: 'Then report it to',
  talkTo: 'Talk to $1',
  talkHeading: 'Talk about it',
  evidenceHeading: 'Keep evidence safely',
  supportHeading: 'Get support now',
  agesHeading: 'Age rules',
  minimumAge: 'Minimum age for an account: $1.',
  minimumLiveAge: 'Minimum age to go live: $1.',
  notesHeading: 'Worth knowing',
  safetyCentre: '$1 safety centre',
  checked: 'Checked $1',
  sources: 'Sources',
  thirdPartyNote:
    'Some of this rests on independent guides rather than $1’s own pages, so names and menus may differ.',
  liveAnnouncement: 'Live stream page: live safety tips shown first.',
  opensInNewTab: '(opens in a new tab)',
  reportingLinesHeading: 'Where to get help: $1',
  emergency: 'If a child is in immediate danger, call $1.',
  phone: 'Phone: $1',
  email: 'Email: $1',
  popupTitle: 'Streamwise',
  onThisSite: 'On this site: $1',
  parentTipsHeading: 'Quick tips for parents and carers',
  youngTipsHeading: 'If something online worries you',
  allPlatforms: 'All platforms',
  orgTipsHeading: 'From your organisation',
  settings: 'Settings',
  guideTitle: 'Streamwise: safety guide for every platform',
  guideIntro:
    'Privacy settings, family tools and how to report, for each platform Streamwise knows. This guide works offline.',
  guideSearch: 'Search platforms',
  guideCount: '$1 platforms',
  guideNone: 'No platform matches “$1”.',
} as const;

export type MessageKey = keyof typeof englishMessages;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

export function fillMessage(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\d)/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);
}

export const english: Translate = (key, ...subs) => fillMessage(englishMessages[key], subs);
