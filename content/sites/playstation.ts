import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'playstation',
  name: 'PlayStation',
  hosts: ['playstation.com'],
  linkDomains: ['sonyinteractive.com'],
  ageNote:
    'A parent needs an adult account to set up a family and add child accounts. PlayStation’s exact account ages were not confirmed on an official page.',
  privacySteps: [
    {
      text: 'For each child, set the age level and restrict communication and user-generated content.',
      path: 'Account Management → Family Management → select the child → Edit',
    },
    {
      text: 'Change the console’s system settings too, so your child cannot change the parental controls themselves.',
    },
  ],
  familyTools: [
    {
      name: 'Family Management',
      description:
        'Set age levels, playtime, spending and communication limits for each child. You can appoint another adult as a guardian. When your child tries a restricted game or feature, they can send you a request to allow or deny.',
      url: 'https://www.playstation.com/en-us/support/account/ps5-parental-controls-spending-limits/',
      path: 'On a PS5: Settings → Family and Parental Controls → Family Management',
    },
    {
      name: 'PlayStation Family app',
      description:
        'iOS and Android app (September 2025): live notifications of what your child is playing, approve extra playtime and games, daily and weekly reports, playtime limits for each day, monthly spending limits, and social and privacy controls.',
    },
  ],
  reporting: {
    url: 'https://www.playstation.com/en-au/support/account/ps5-report-behaviour/',
    path: 'PS5 message: PS button → Game Base → Messages → highlight the message → Options → Report. Voice chat: control centre → voice-chat card → More → Report',
    note: 'A voice-chat report sends a 20-second clip from the last 5 minutes. You can block the user at the end. For behaviour inside a game, use that game’s own report tool.',
  },
  safetyCentreUrl: 'https://www.playstation.com/en-us/support/account/ps5-parental-controls-spending-limits/',
  safetyCentreLabel: 'PlayStation Support: PS5 parental controls and spending limits',
  youngPersonTips: [
    'On a PS5 you can report voice chat from the control centre. The report includes a short recording of what was said.',
  ],
  liveNotes: [
    'PlayStation has no web live pages; consoles broadcast to other services such as YouTube and Twitch.',
  ],
  notes: [
    'UK and Ireland: from June 2026, accounts that have not passed an age check lose voice and text chat, messages, parties and broadcasting. Games, the store and trophies still work.',
  ],
  confidence: 'official',
  thirdPartySections: ['live'],
  sources: [
    {
      url: 'https://www.playstation.com/en-au/support/account/ps5-report-behaviour/',
      title: 'PlayStation Support: Report behaviour on PS5',
      official: true,
    },
    {
      url: 'https://www.playstation.com/en-us/support/account/ps5-parental-controls-spending-limits/',
      title: 'PlayStation Support: PS5 parental controls and spending limits',
      official: true,
    },
    {
      url: 'https://www.playstation.com/en-in/support/account/playstation-family-account-set-up/',
      title: 'PlayStation Support: Set up a family',
      official: true,
    },
    {
      url: 'https://sonyinteractive.com/en/news/blog/online-gaming-safety-tips-for-families/',
      title: 'Sony Interactive Entertainment: Online gaming safety tips for families',
      official: true,
    },
    {
      url: 'https://www.techradar.com/gaming/playstation-family-app-is-a-new-way-for-parents-to-monitor-their-childrens-ps4-and-ps5-usage',
      title: 'TechRadar: PlayStation Family app (11 Sep 2025)',
      official: false,
    },
    {
      url: 'https://www.home-it.biz/parental-controls/playstation/',
      title: 'Home IT: PlayStation parental controls',
      official: false,
    },
    {
      url: 'https://cyberinsider.com/?p=316659',
      title: 'CyberInsider: PlayStation age checks in the UK and Ireland',
      official: false,
    },
    {
      url: 'https://hothardware.com/news/sony-age-verification-for-playstation',
      title: 'HotHardware: Sony age verification for PlayStation',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: [
      'https://www.playstation.com/en-gb/',
      'https://www.playstation.com/en-us/support/account/ps5-parental-controls-spending-limits/',
    ],
  },
} satisfies SiteEntry;
