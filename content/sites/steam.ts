import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'steam',
  name: 'Steam',
  hosts: ['steampowered.com', 'steamcommunity.com'],
  excludeHosts: ['help.steampowered.com'],
  live: [{ path: '^/broadcast/watch/[0-9]+/?$', hosts: ['steamcommunity.com'] }],
  minimumAge: 13,
  privacySteps: [
    {
      text: 'Set "My profile" to Friends Only or Private. This also hides game details, the friends list and the inventory from strangers.',
      path: 'Profile → Edit Profile → Privacy Settings',
    },
    {
      text: 'Check who can watch your child’s games live. "Friends can request to watch my games" is the default; avoid "Anyone can watch my games", which makes the broadcast public.',
    },
  ],
  familyTools: [
    {
      name: 'Steam Families',
      description:
        'Up to 6 members with adult or child roles. Adults can allow only approved games, restrict the Store, Community and Friends Chat, set playtime limits, see playtime reports, approve purchase requests and recover a child’s account. It replaced Family View in September 2024.',
      path: 'Settings → Family → Create a Family',
    },
  ],
  reporting: {
    url: 'https://help.steampowered.com/cs/faqs/view/4DE7-17AA-0E8B-C1AD',
    path: 'Open the user’s profile → "..." (top right) → Report Player → choose the violation and describe it',
    note: 'Groups, reviews, screenshots, artwork and discussion posts have their own Report options, and broadcasts have "Report Broadcast". The linked Steam Support page was found only at its Czech-language address.',
  },
  youngPersonTips: [
    'If someone you don’t know wants to watch your game or keeps messaging you, you can report them from their profile ("..." → Report Player) and tell an adult you trust.',
  ],
  liveNotes: [
    'Steam Broadcasting lets players stream their game live; people can watch in the Steam app or a web browser.',
    'Broadcasts set to "Anyone can watch my games" are public and listed in the game’s hub.',
  ],
  notes: [
    'In the UK, since 29 August 2025, seeing mature-content store pages and community hubs needs a valid credit card on the account.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['ages', 'privacy', 'familyTools', 'live'],
  sources: [
    {
      url: 'https://help.steampowered.com/cs/faqs/view/4DE7-17AA-0E8B-C1AD',
      title:
        'Steam Support FAQ: Reporting inappropriate content in the Steam Community (Czech-language address)',
      official: true,
    },
    {
      url: 'https://bit-tech.net/news/gaming/pc/steam-subscriber-agreement/1',
      title: 'bit-tech: Steam Subscriber Agreement adds under-13 clause',
      official: false,
    },
    {
      url: 'https://www.scribd.com/document/404243979/9-pdf',
      title: 'Copy of the Steam Subscriber Agreement (under-13 clause)',
      official: false,
    },
    {
      url: 'https://www.gamesindustry.biz/valve-introduces-improved-parental-controls-with-steam-families',
      title: 'GamesIndustry.biz: Valve introduces Steam Families',
      official: false,
    },
    {
      url: 'https://www.tweaktown.com/news/100478/steam-families-lets-you-share-your-games-library-with-up-to-5-family-members/index.html',
      title: 'TweakTown: Steam Families out of beta (12 Sep 2024)',
      official: false,
    },
    {
      url: 'https://gamesradar.com/games/steam-says-you-officially-only-get-one-family-per-year-as-its-new-game-sharing-feature-goes-live',
      title: 'GamesRadar: Steam Families rules',
      official: false,
    },
    {
      url: 'https://gaming-db.com/guide/steam-parental-controls-guide-2026-02',
      title: 'Gaming-DB: Steam parental controls guide (2026)',
      official: false,
    },
    {
      url: 'https://genuine-lamps.com/nl/windows/15965-how-to-hide-your-activity-on-steam.html',
      title: 'How to hide your activity on Steam (Dutch)',
      official: false,
    },
    {
      url: 'https://www.tomshardware.com/news/steam-streaming-broadcasting-gaming-valve,28151.html',
      title: 'Tom’s Hardware: Steam Broadcasting (2014)',
      official: false,
    },
    {
      url: 'https://gamegrin.com/news/steam-broadcasting-now-available',
      title: 'GameGrin: Steam Broadcasting privacy options (2014)',
      official: false,
    },
    {
      url: 'https://www.tweaktown.com/news/107432/steam-users-in-uk-now-required-to-prove-age-to-access-mature-game-pages/index.html',
      title: 'TweakTown: UK age checks for mature Steam pages (29 Aug 2025)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    live: [
      'https://steamcommunity.com/broadcast/watch/76561197960287930',
      'https://steamcommunity.com/broadcast/watch/76561198000000001/',
    ],
    notLive: [
      'https://steamcommunity.com/id/example',
      'https://steamcommunity.com/broadcast/',
      'https://store.steampowered.com/app/440/',
      'https://store.steampowered.com/broadcast/watch/76561197960287930',
    ],
  },
} satisfies SiteEntry;
