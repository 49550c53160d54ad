import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'twitch',
  name: 'Twitch',
  hosts: ['twitch.tv'],
  excludeHosts: ['clips.twitch.tv', 'player.twitch.tv', 'help.twitch.tv', 'safety.twitch.tv'],
  linkDomains: ['nmdoj.gov'],
  live: [
    {
      path: '^/(?!(?:directory|videos|settings|search|downloads|jobs|p|subscriptions|inventory|wallet|drops|friends|messages|turbo|prime|store|login|signup|logout|u|user|moderator|popout|broadcast|team|bits|products|legal|following|payments|redeem|embed|dashboard|privacy|terms|security|help|activate|clips|creatorcamp|partners)(?:/|$))[A-Za-z0-9_]{1,25}/?$',
    },
  ],
  minimumAge: 13,
  ageNote:
    'Twitch’s terms (from 9 December 2025) say 13, or 16 in Australia, or the local minimum age if that is higher. Guides say under-18s need a parent or guardian’s supervision.',
  privacySteps: [
    {
      text: 'Turn on Two-Factor Authentication so nobody else can get into the account.',
      path: 'Settings → Security & Privacy',
    },
    {
      text: 'Set “Allow Whispers From” to “No One” or “Only Friends”. Whispers are Twitch’s private messages, so this stops strangers messaging your child.',
      path: 'Settings → Security & Privacy',
    },
    {
      text: 'Turn off “Receive Gifts on Channels You Don’t Follow”, so people your child doesn’t follow can’t send them gifts.',
      path: 'Settings → Security & Privacy',
    },
    {
      text: 'Use “Blocked Users”, further down the same page, to block anyone who makes your child uncomfortable.',
      path: 'Settings → Security & Privacy',
    },
    {
      text: 'Turn off “Enable additional account creation”, as the New Mexico Department of Justice’s guide advises.',
      path: 'Settings → Security & Privacy',
    },
    {
      text: 'Turn on chat filters so offensive messages are hidden while your child watches. In a browser: the cog icon in the chat → “Chat filters” → tick “Enable filtering in chat” and choose the filters. In the app: tap the video → cog → “Chat options”.',
    },
    {
      text: 'Check the “Mature Content” option in the account settings.',
    },
    {
      text: 'Check the bio has no personal details such as full name, school or where your child lives.',
      path: 'Settings → Profile',
    },
    {
      text: 'If your child streams, turn off “Store Past Broadcasts” so streams are not kept as videos afterwards.',
      path: 'Avatar → Channel → Video Producer → Settings',
    },
  ],
  reporting: {
    url: 'https://help.twitch.tv/customer/en/portal/articles/725568-how-to-file-a-user-report',
    path: 'A streamer: ⋮ below the video → Report → choose a category → describe the problem. Someone in chat: click their name → ⋮ → Report.',
    note: 'Twitch’s help page on reporting dates from 2018, so the buttons may look a little different now.',
  },
  youngPersonTips: [
    'If someone in Twitch chat makes you uneasy, click their name, then ⋮ → Report. You can block them too.',
    'Whispers are private messages on Twitch. You can stop strangers sending them in Settings → Security & Privacy.',
  ],
  liveNotes: [
    'In the UK, Twitch began asking for a face-scan age check (by k-ID) in late 2025 before showing streams with mature content labels.',
  ],
  notes: [
    'Twitch has no parental controls or family linking, so the account settings are the main tools.',
    'The whisper setting has been renamed over time. If you can’t find “Allow Whispers From”, look for the whisper setting under Security & Privacy.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['ages', 'privacy', 'live'],
  sources: [
    {
      url: 'https://help.twitch.tv/customer/en/portal/articles/725568-how-to-file-a-user-report',
      title: 'Twitch Help: How to file a user report (last updated 1 May 2018)',
      official: true,
    },
    {
      url: 'https://nmdoj.gov/social-media-privacy/twitch/',
      title: 'New Mexico Department of Justice: Twitch privacy settings (2024 edition)',
      official: true,
    },
    {
      url: 'https://www.platformgovernancearchive.org/2026/twitch-relativised-minimum-age-requirement-for-accessing-their-services',
      title: 'Platform Governance Archive: Twitch relativised minimum age requirement (terms of 9 Dec 2025)',
      official: false,
    },
    {
      url: 'https://fresh.yiaap.com/age-verification-on-twitch-everything-you-need-to-know-10884098.html',
      title: 'Age verification on Twitch: everything you need to know (guide)',
      official: false,
    },
    {
      url: 'https://digitaladdictsblog.com/ultimate-guide-to-twitch-parental-controls/',
      title: 'Ultimate guide to Twitch parental controls (says Twitch has none)',
      official: false,
    },
    {
      url: 'https://www.techradar.com/vpn/vpn-privacy-security/twitch-introduces-facial-age-scans-in-the-uk-amid-growing-privacy-concerns',
      title: 'TechRadar: Twitch introduces facial age scans in the UK',
      official: false,
    },
    {
      url: 'https://esports-news.co.uk/2025/11/14/twitch-mandatory-face-scan-age-verification-launches-in-uk',
      title: 'Esports News UK: Twitch face-scan age verification launches in UK (14 Nov 2025)',
      official: false,
    },
    {
      url: 'https://tribune.com.pk/story/2567218/twitch-introduces-facial-scan-age-verification-for-uk-users',
      title: 'Express Tribune: Twitch introduces facial scan age verification for UK users (16 Sep 2025)',
      official: false,
    },
    {
      url: 'https://github.com/streamlink/streamlink/blob/d1bb8bb3e332f5a899c54a897454133f11414300/src/streamlink/plugins/twitch.py',
      title: 'Streamlink Twitch plugin (URL patterns for channels, videos and clips)',
      official: false,
    },
    {
      url: 'https://safeguarding.thekeysupport.com/parent-online-safety-zone/keep-your-child-safe-twitch/',
      title: 'The Key for School Leaders: keep your child safe on Twitch (chat filters)',
      official: false,
    },
    {
      url: 'https://bitdefender.com/en-us/blog/hotforsecurity/parents-need-know-twitch',
      title: 'Bitdefender: what parents need to know about Twitch (Mature Content setting)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    live: [
      'https://www.twitch.tv/examplechannel',
      'https://www.twitch.tv/example_streamer_42/',
      'https://m.twitch.tv/examplechannel',
      'https://twitch.tv/examplechannel?sr=a',
    ],
    notLive: [
      'https://www.twitch.tv/',
      'https://www.twitch.tv/videos/1234567890',
      'https://www.twitch.tv/examplechannel/videos',
      'https://www.twitch.tv/examplechannel/clip/FunnyClipSlug-abc123',
      'https://www.twitch.tv/examplechannel/v/1234567890',
      'https://www.twitch.tv/directory',
      'https://www.twitch.tv/directory/category/just-chatting',
      'https://www.twitch.tv/settings/security',
      'https://www.twitch.tv/search?term=minecraft',
      'https://www.twitch.tv/p/en/legal/terms-of-service/',
      'https://www.twitch.tv/subscriptions',
      'https://www.twitch.tv/wallet',
      'https://www.twitch.tv/drops/inventory',
    ],
  },
} satisfies SiteEntry;
