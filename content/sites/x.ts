import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'x',
  name: 'X (Twitter)',
  hosts: ['x.com', 'twitter.com'],
  excludeHosts: ['help.x.com', 'help.twitter.com'],
  linkDomains: ['nmdoj.gov'],
  minimumAge: 13,
  ageNote: 'In Australia, under-16s may not hold accounts from 10 December 2025.',
  privacySteps: [
    {
      text: 'Tick "Protect your posts" so only followers you approve can see your child’s posts. The New Mexico Department of Justice’s guide also suggests turning on "Protect your videos".',
      path: 'More → Settings and privacy → Privacy and safety → Audience, media and tagging',
    },
    {
      text: 'Limit who can send Direct Message requests, so strangers cannot message your child.',
      path: 'Settings → Privacy and safety → Direct Messages',
    },
    {
      text: 'Turn off adding location information to posts.',
      path: 'Privacy and safety → Location information',
    },
    {
      text: 'Turn off letting others find the account by email address or phone number.',
    },
  ],
  reporting: {
    url: 'https://help.twitter.com/en/safety-and-security/report-abusive-behavior',
    path: 'Open the post → more icon (⋯) → Report',
    note: 'Posts, profiles and Direct Messages can all be reported. Choose who it affects (yourself, someone else, or everyone on X) and add details.',
  },
  youngPersonTips: [
    'You can report a post, a profile or a Direct Message and block the account. You don’t have to reply to anyone you don’t know.',
  ],
  liveNotes: [
    'X has live video broadcasts and Spaces (live audio); since February 2024 Space hosts can turn on video.',
    'Going live needs a paid X Premium subscription (from July 2024).',
  ],
  notes: ['X has no parental controls.', 'twitter.com links now open on x.com.'],
  confidence: 'partly-official',
  thirdPartySections: ['ages', 'privacy', 'live'],
  sources: [
    {
      url: 'https://help.twitter.com/en/safety-and-security/report-abusive-behavior',
      title: 'X Help: How to report abusive behaviour',
      official: true,
    },
    {
      url: 'https://help.x.com/en/rules-and-policies/misuse-of-reporting-features',
      title: 'X Help: Misuse of reporting features',
      official: true,
    },
    {
      url: 'https://nmdoj.gov/social-media-privacy/x-formerly-twitter/',
      title: 'New Mexico Department of Justice: X (formerly Twitter) privacy guide',
      official: true,
    },
    {
      url: 'https://conductatlas.com/platform/x/x-terms-of-service/minimum-age-requirement/',
      title: 'Conduct Atlas: X Terms of Service minimum age (quotes the terms)',
      official: false,
    },
    {
      url: 'https://neveropen.tech/how-to-change-your-privacy-and-safety-settings-on-x',
      title: 'How to change your privacy and safety settings on X',
      official: false,
    },
    {
      url: 'https://www.internetmatters.org/parental-controls/social-media/twitter',
      title: 'Internet Matters: X (formerly Twitter) safety guide',
      official: false,
    },
    {
      url: 'https://nettkompass.pages.dev/en/apper/x/',
      title: 'Nettkompass: X settings guide',
      official: false,
    },
    {
      url: 'https://www.macrumors.com/2024/02/29/x-spaces-enables-video-feeds/',
      title: 'MacRumors: X Spaces enables video (29 Feb 2024)',
      official: false,
    },
    {
      url: 'https://switchboard.live/blog/x-livestreaming-updates-impact-on-public-sector-organizations',
      title: 'Switchboard: X livestreaming now needs Premium',
      official: false,
    },
    {
      url: 'https://www.actionnewsjax.com/news/business/australia-adds/WMHJS5NIK4ZN3BQSZIKMGSJI2A/',
      title: 'AP via Action News Jax: Australia’s under-16 ban list (5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://www.muycomputer.com/2024/05/18/twitter-x-com-unico-dominio/',
      title: 'MuyComputer: twitter.com now redirects to x.com (18 May 2024)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://x.com/example', 'https://twitter.com/example/status/1234567890'],
  },
} satisfies SiteEntry;
