import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'roblox',
  name: 'Roblox',
  hosts: ['roblox.com'],
  excludeHosts: ['en.help.roblox.com', 'corp.roblox.com', 'devforum.roblox.com'],
  ageNote:
    'No official minimum age was found; under-13 accounts get extra limits. In April 2026 Roblox announced account types by age (from news and guides, not a Roblox page): Roblox Kids for the youngest (5–8 in some reports, 5–9 in others), Roblox Select for 9–15, standard accounts from 16, and Restricted Content for 18+ only.',
  privacySteps: [
    {
      text: 'Limit who can chat with your child in experiences and in direct chat. The safest choice allows only friends they know in real life (Roblox calls these trusted friends or trusted connections).',
      path: 'Parental Controls → Communication',
    },
    {
      text: 'Review your child’s friends list and remove anyone they don’t know.',
      path: 'Parental Controls → Connections',
    },
    {
      text: 'Set a content maturity limit and block any experiences you don’t want your child to play.',
    },
  ],
  familyTools: [
    {
      name: 'Parental Controls (linked parent account)',
      description:
        'Create your own Roblox account, verify your age (ID or credit card) and link it to your child’s. From your device you can see friends and screen time and set time, spending, content and chat limits. Older guides describe a Parent PIN instead.',
    },
  ],
  reporting: {
    url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
    path: 'In an experience: Menu (three lines, top left) → flag icon next to the player, or the Report tab → choose the player and the type of abuse → Submit',
    note: 'Report the exact chat message or content, not just the profile. To block: open the profile → three dots → Block User.',
  },
  safetyCentreUrl: 'https://corp.roblox.com/digital-well-being/',
  youngPersonTips: [
    'If someone’s chat worries you, report that exact message with the flag in the menu, then block them and tell an adult you trust.',
  ],
  liveNotes: ['No live-streaming feature was found on Roblox, but it has voice chat.'],
  notes: [
    'Since 18 Nov 2024, under-13s cannot send direct messages outside games, and direct chat inside experiences needs a parent’s consent.',
    'Chat needs a facial age check: from early December 2025 in Australia, New Zealand and the Netherlands, and from 7 January 2026 everywhere chat is available (one guide says November 2025). People can then chat only with the same or nearby age groups, and chat for under-9s needs a parent’s consent.',
  ],
  confidence: 'official',
  thirdPartySections: ['ages', 'privacy'],
  sources: [
    {
      url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
      title: 'Roblox Help: How to report rule violations and block a user',
      official: true,
    },
    {
      url: 'https://en.help.roblox.com/hc/en-us/articles/203314270-Reporting-Abuse-and-Blocking-Chat-In-Game',
      title: 'Roblox Help: Reporting abuse and blocking chat in-game',
      official: true,
    },
    {
      url: 'https://devforum.roblox.com/t/introducing-updates-to-our-safety-protections-and-parental-controls/3264200',
      title: 'Roblox DevForum: Updates to safety protections and parental controls (Nov 2024)',
      official: true,
    },
    {
      url: 'https://corp.roblox.com/digital-well-being/',
      title: 'Roblox: Digital well-being',
      official: true,
    },
    {
      url: 'https://games.slashdot.org/story/24/11/18/222246/roblox-no-longer-allows-users-under-13-to-message-others-outside-of-games',
      title: 'Slashdot (quoting TechCrunch): Roblox linked parent accounts (18 Nov 2024)',
      official: false,
    },
    {
      url: 'https://www.theesa.com/case-studies/roblox-2',
      title: 'ESA case study: Roblox parental controls',
      official: false,
    },
    {
      url: 'https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/digital-parenting-pro/roblox/',
      title: 'Vodafone Digital Parenting: Roblox',
      official: false,
    },
    {
      url: 'https://buzzy-help-preview.pages.dev/en/parents/safer/chat/',
      title: 'Parents’ guide: Roblox chat settings (Apr 2026)',
      official: false,
    },
    {
      url: 'https://hone.gg/blog/wp-json/wp/v2/posts/4219',
      title: 'Hone: Roblox Parent PIN guides outdated (29 May 2026)',
      official: false,
    },
    {
      url: 'https://www.pocketgamer.biz/roblox-rolls-out-mandatory-facial-age-checks-for-in-game-chat-worldwide/',
      title: 'PocketGamer.biz: Roblox facial age checks for chat worldwide (9 Jan 2026)',
      official: false,
    },
    {
      url: 'https://www.hindustantimes.com/world-news/us-news/roblox-launches-age-gated-unfiltered-chat-feature-what-it-means-for-users-101752750948997.html',
      title: 'Hindustan Times: Roblox Trusted Connections (17 Jul 2025)',
      official: false,
    },
    {
      url: 'https://wayr.today/?p=4757',
      title: 'Roblox account types announced (April 2026; Kids 5–9, Select 9–15)',
      official: false,
    },
    {
      url: 'https://search-frontier.com/en/roblox-introduces-new-age-based-account-system-enhanced-game-selection-for-younger-users',
      title: 'Search Frontier: Roblox age-based account system (Kids 5–8, Select 9–15, 16+, Restricted 18+)',
      official: false,
    },
    {
      url: 'https://www.therundown.today/guides/roblox-parental-controls-complete-setup-guide-for-the-2026-account-system',
      title:
        'The Rundown: Roblox parental controls for the 2026 account system (Kids 5–8; age checks from November 2025)',
      official: false,
    },
    {
      url: 'https://particle.news/story/roblox-makes-ai-age-checks-mandatory-for-chat-worldwide',
      title:
        'Particle: Roblox makes age checks mandatory for chat worldwide (Australia, New Zealand, Netherlands first)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.roblox.com/home', 'https://www.roblox.com/games/1234567890/example'],
  },
} satisfies SiteEntry;
