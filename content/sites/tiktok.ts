import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['tiktok.com'],
  excludeHosts: ['support.tiktok.com', 'newsroom.tiktok.com'],
  live: [{ path: '^/@[A-Za-z0-9._]+/live/?$' }, { path: '^/share/live/\\d+/?$', hosts: ['m.tiktok.com'] }],
  minimumAge: 13,
  minimumLiveAge: 18,
  ageNote:
    'In the US, under-13s get a separate, limited view-only experience. In Australia, under-16s may not hold TikTok accounts from 10 December 2025.',
  privacySteps: [
    {
      text: 'Turn on Private Account so only followers your child approves can see their videos. Under-16 accounts start private. In newer app versions this is under Profile → ☰ → Settings and privacy → Privacy.',
      path: 'Me → … → Privacy → Private Account',
    },
    {
      text: 'Turn on Restricted Mode to limit content that may not suit your child. It works in the app only, not on the website.',
      path: 'Profile → ☰ → Settings and privacy → Digital Wellbeing → Restricted Mode',
    },
    {
      text: 'Choose who can comment on your child’s videos and who can send them direct messages.',
      path: 'Settings and privacy → Privacy → Comments / Direct messages',
    },
  ],
  familyTools: [
    {
      name: 'Family Pairing',
      description:
        'Link your TikTok account to your teen’s to manage daily screen time, Restricted Mode, search, whether the account is private, whether it is suggested to others, and comments and direct messages. You each need your own account.',
      url: 'https://support.tiktok.com/en/safety-hc/account-and-user-safety/user-safety',
      path: 'Profile → Menu → Settings and privacy → Family Pairing → choose Parent or Teen',
    },
  ],
  reporting: {
    url: 'https://support.tiktok.com/en/safety-hc/account-and-user-safety/user-safety',
    label: 'TikTok Help: user safety (Family Pairing, Restricted Mode)',
    path: 'A LIVE: tap the Share arrow → Report → choose a reason → Submit. An account: their profile → … → Report.',
    note: 'The in-app steps come from guides; we found no TikTok help page for reporting a LIVE.',
  },
  safetyCentreUrl: 'https://www.tiktok.com/safety/en/guardians-guide',
  youngPersonTips: [
    'If a TikTok LIVE makes you uncomfortable, you can leave and report it: tap the Share arrow, then Report.',
    'Going LIVE and sending gifts are for over-18s on TikTok. If someone asks you to do either, you can say no and tell an adult you trust.',
  ],
  liveNotes: [
    'You must be 18 to go LIVE on TikTok (since 23 November 2022). Many older guides still say 16.',
    'Sending gifts needs you to be 18.',
    'Hosts can limit a LIVE to adult viewers only.',
  ],
  notes: [
    'Direct messages are only for users aged 16 and over.',
    'Since March 2023, every account under 18 has a 60-minute daily screen-time limit by default. To keep watching, the teen enters a passcode; under-13s need a parent’s passcode.',
  ],
  confidence: 'official',
  thirdPartySections: ['live'],
  sources: [
    {
      url: 'https://support.tiktok.com/en/safety-hc/account-and-user-safety/user-safety',
      title: 'TikTok Help: User safety (Family Pairing, Restricted Mode)',
      official: true,
    },
    {
      url: 'https://support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private',
      title: 'TikTok Help: Making your account public or private',
      official: true,
    },
    {
      url: 'https://www.tiktok.com/safety/en/guardians-guide',
      title: 'TikTok Guardian’s Guide (updated 10 Jul 2024)',
      official: true,
    },
    {
      url: 'https://www.tiktok.com/safety/resources/for-parents',
      title: 'TikTok Safety Center: For parents',
      official: true,
    },
    {
      url: 'https://ccyp.wa.gov.au/info-for-children-and-young-people/cybersafety',
      title:
        'Commissioner for Children and Young People WA: cybersafety (Australian under-16 rule, updated 5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://mybroadband.co.za/news/internet/465057-tiktok-limiting-livestream-hosting-to-over-18s.html',
      title: 'MyBroadband: TikTok limiting livestream hosting to over-18s (Oct 2022)',
      official: false,
    },
    {
      url: 'https://www.kxlf.com/news/national/tiktok-raising-age-requirement-to-host-livestreams',
      title: 'KXLF: TikTok raising age requirement to host livestreams (20 Oct 2022)',
      official: false,
    },
    {
      url: 'https://www.ibtimes.co.in/nsfw-tiktok-brings-adult-only-streams-raises-age-requirement-going-live-details-853280',
      title: 'IBTimes India: TikTok brings adult-only streams, raises LIVE age (18 Oct 2022)',
      official: false,
    },
    {
      url: 'https://c3kienthuyhp.edu.vn/how-to-set-your-tiktok-account-to-private',
      title: 'Guide: how to set your TikTok account to private (current menu wording)',
      official: false,
    },
    {
      url: 'https://tacklebullying.ie/social-media-guide-for-parents-guardians/',
      title: 'Tackle Bullying: social media guide for parents (comments, DMs, under-16 default)',
      official: false,
    },
    {
      url: 'https://mainnews.center/posts/how-to-set-up-parental-controls-on-tiktok',
      title: 'How to set up parental controls on TikTok (quotes TikTok’s Family Pairing steps)',
      official: false,
    },
    {
      url: 'https://nairobinews.co.ke/how-to-report-a-tiktok-live/',
      title: 'Nairobi News: How to report a TikTok LIVE',
      official: false,
    },
    {
      url: 'https://howtoeasytech.com/report-someone-tiktok/',
      title: 'How to report someone on TikTok (guide)',
      official: false,
    },
    {
      url: 'https://github.com/yt-dlp/yt-dlp/blob/1ed674227c366591b1e7c8a0bd2125b0a512bbd5/yt_dlp/extractor/tiktok.py',
      title: 'yt-dlp TikTok extractor (LIVE URL patterns)',
      official: false,
    },
    {
      url: 'https://sputniknews.com/20230301/tiktok-sets-60-minute-per-day-screen-time-limit-for-users-under-18-1107910643.html',
      title: 'Sputnik: TikTok sets a 60-minute daily screen-time limit for under-18s (1 Mar 2023)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    live: [
      'https://www.tiktok.com/@weathernewslive/live',
      'https://www.tiktok.com/@example.user_1/live',
      'https://www.tiktok.com/@example.user_1/live?enter_from_merge=others_homepage',
      'https://m.tiktok.com/share/live/7123456789012345678',
    ],
    notLive: [
      'https://www.tiktok.com/',
      'https://www.tiktok.com/@example.user_1',
      'https://www.tiktok.com/@example.user_1/video/7123456789012345678',
      'https://www.tiktok.com/live',
      'https://www.tiktok.com/@example.user_1/live/extra',
      'https://www.tiktok.com/safety/en/guardians-guide',
      'https://www.tiktok.com/explore',
    ],
  },
} satisfies SiteEntry;
