import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'reddit',
  name: 'Reddit',
  hosts: ['reddit.com'],
  linkDomains: ['reddit.zendesk.com', 'hwb.gov.wales'],
  minimumAge: 13,
  ageNote:
    'In Australia, under-16s may not hold accounts from 10 December 2025. In the UK, Reddit asks for an age check (selfie or ID) before showing mature content (from July 2025).',
  privacySteps: [
    {
      text: 'Make sure the account has your child’s true birthdate. Reddit’s stricter under-18 defaults (messages, chat requests, adult content) only apply if Reddit knows the user is a teen.',
    },
    {
      text: 'Untick "Show NSFW content (I’m over 18)" so adult posts stay hidden. The label may have changed.',
      path: 'User Settings → Feed Settings',
    },
    {
      text: 'Limit who can send chat requests and private messages, hide the profile from search engines, and hide online status.',
    },
  ],
  reporting: {
    path: 'Report (⋯ on every post and comment) → choose the reason → Submit',
    note: 'For anything that puts a child at risk, choose one of Reddit’s own sitewide rules (for example, sexual content involving a minor) rather than a community’s rule: reports under Reddit’s rules go to Reddit’s own staff, while community-rule reports go to that community’s volunteer moderators.',
  },
  liveNotes: [
    'Reddit Talk (live audio rooms) closed in March 2023. No current live video feature was found.',
  ],
  notes: [
    'Reddit has no parental controls.',
    'Since December 2025, accounts registered as under 18 get stricter defaults for messages and chat requests, no personalised ads, and no access to NSFW (adult) communities and posts.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['privacy', 'reporting', 'live'],
  sources: [
    {
      url: 'https://umatno.info/how-to/how-to-report-a-subreddit-on-reddit-on-pc-or-mac-89573',
      title: 'How to report on Reddit (guide: reports are forwarded to Reddit’s support staff)',
      official: false,
    },
    {
      url: 'https://reddit.zendesk.com/hc/en-us/articles/205192745-What-does-the-report-button-do-',
      title: 'Reddit Help (older help centre, superseded): What does the report button do?',
      official: true,
    },
    {
      url: 'https://reddit.zendesk.com/hc/en-us/articles/214548323-Blocking-unwanted-contact',
      title: 'Reddit Help (older help centre): Blocking unwanted contact',
      official: true,
    },
    {
      url: 'https://hwb.gov.wales/keeping-safe-online/in-the-know/reddit',
      title: 'Hwb (Welsh Government): Reddit',
      official: true,
    },
    {
      url: 'https://conductatlas.com/platform/reddit/reddit-user-agreement/age-restriction-and-coppa-prohibition/',
      title: 'Conduct Atlas: Reddit User Agreement age restriction',
      official: false,
    },
    {
      url: 'https://www.actionnewsjax.com/news/business/australia-adds/WMHJS5NIK4ZN3BQSZIKMGSJI2A/',
      title: 'AP via Action News Jax: Australia adds Reddit and Kick to under-16 ban (5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://www.newsbytesapp.com/news/science/reddit-launches-age-verification-for-uk-users/story',
      title: 'NewsBytes: Reddit launches age verification for UK users (15 Jul 2025)',
      official: false,
    },
    {
      url: 'https://screenwiseapp.com/agents/a-realistic-guide-to-reddit-safety-settings-for-teens?view=human',
      title: 'Screenwise: Reddit safety settings for teens (Dec 2025 changes)',
      official: false,
    },
    {
      url: 'https://tweakbuzz.com/reddit-teen-safety-measures-protecting-young-users',
      title: 'TweakBuzz: Reddit teen safety measures',
      official: false,
    },
    {
      url: 'https://tinygrab.com/how-to-turn-off-nsfw-content-on-reddit',
      title: 'TinyGrab: How to turn off NSFW content on Reddit',
      official: false,
    },
    {
      url: 'https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/digital-parenting-pro/reddit/',
      title: 'Vodafone Digital Parenting: Reddit',
      official: false,
    },
    {
      url: 'https://technicalterrence.com/tech/reddit-is-canceling-its-clubhouse-clone',
      title: 'Technical Terrence: Reddit is cancelling Reddit Talk',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: [
      'https://www.reddit.com/r/example/',
      'https://old.reddit.com/r/example/comments/abc123/example/',
    ],
  },
} satisfies SiteEntry;
