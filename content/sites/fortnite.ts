import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'fortnite',
  name: 'Fortnite (Epic Games)',
  hosts: ['fortnite.com', 'epicgames.com'],
  ageNote:
    'No single minimum age. A player under 13, or under their country’s age of digital consent if that is higher, gets a "cabined account": they can play, but voice chat, text chat and real-money purchases stay off until a parent consents.',
  privacySteps: [
    {
      text: 'Set voice chat and text chat to friends only, or off, and require the PIN before friend requests.',
      path: 'Account settings → PARENTAL CONTROLS → General Social Permissions',
    },
    {
      text: 'Keep the mature-language filter on.',
      path: 'Account settings → PARENTAL CONTROLS',
    },
  ],
  familyTools: [
    {
      name: 'Epic Parental Controls',
      description:
        'Protected by a 6-digit PIN. Covers Fortnite, Rocket League, Fall Guys and the Epic Games Store: PIN for purchases, age-rating limits, friends, voice and text chat, and a mature-language filter. Since October 2024 also daily time limits, play windows and weekly time reports.',
      url: 'https://www.epicgames.com/help/en-US/c-Category_EpicAccounts/c-EpicAccounts_ParentalControls/a000084709',
      path: 'Account settings → PARENTAL CONTROLS',
    },
    {
      name: 'Parental consent for a cabined account',
      description:
        'Epic emails the parent, who accepts the terms, sets limits, verifies they are an adult (face scan, card or ID, depending on the country) and then gets the Parental Controls PIN.',
      url: 'https://www.epicgames.com/help/en-US/c-Category_EpicGamesStore/c-EpicAccounts/how-do-i-complete-the-parental-consent-process-a000085549',
    },
  ],
  reporting: {
    url: 'https://www.epicgames.com/help/th/c-Category_Fortnite/c-5719350646299/a000086135',
    path: 'In the game: Menu → three-line menu → REPORTING → Report Player → choose a reason and the player → ACCEPT. Voice chat: Sidebar → voice chat tab → Report Conversation → Submit',
    note: 'You can also report from a player’s profile: MORE OPTIONS → REPORT. The linked Epic help page is at a Thai-language address but was seen with English text.',
  },
  safetyCentreUrl:
    'https://www.epicgames.com/help/en-US/c-Category_EpicAccounts/c-EpicAccounts_ParentalControls/a000084709',
  safetyCentreLabel: 'Epic Games Help: parental controls',
  youngPersonTips: [
    'If someone says something in voice chat that makes you uncomfortable, you can report the conversation from the Sidebar’s voice chat tab and tell an adult you trust.',
  ],
  notes: [
    'After a 2022 settlement with the US Federal Trade Commission, Epic must default children and teens to private settings, with voice and text chat off by default.',
  ],
  confidence: 'official',
  sources: [
    {
      url: 'https://www.epicgames.com/help/en-US/c-Category_EpicAccounts/c-EpicAccounts_ParentalControls/a000084709',
      title: 'Epic Games Help: Parental controls',
      official: true,
    },
    {
      url: 'https://www.epicgames.com/help/en-US/c-Category_EpicGamesStore/c-EpicAccounts/how-do-i-complete-the-parental-consent-process-a000085549',
      title: 'Epic Games Help: How do I complete the parental consent process?',
      official: true,
    },
    {
      url: 'https://www.epicgames.com/help/en-US/c-Category_EpicAccounts/c-EpicAccounts_ParentalControls/parental-verification-faq-a000085566',
      title: 'Epic Games Help: Parental verification FAQ',
      official: true,
    },
    {
      url: 'https://www.epicgames.com/help/th/c-Category_Fortnite/c-5719350646299/a000086135',
      title: 'Epic Games Help: Reporting players in Fortnite',
      official: true,
    },
    {
      url: 'https://www.epicgames.com/site/en-US/news/epic-ftc-settlement-and-moving-beyond-long-standing-industry-practices',
      title: 'Epic Games: FTC settlement and moving beyond long-standing industry practices',
      official: true,
    },
    {
      url: 'https://engadget.com/epic-games-cabined-accounts-kids-fortnite-fall-guys-rocket-league-metaverse-153028144.html',
      title: 'Engadget: Epic Games cabined accounts',
      official: false,
    },
    {
      url: 'https://www.gamedeveloper.com/business/epic-is-letting-parents-restrict-and-track-playtime-in-fortnite-and-uefn',
      title: 'Game Developer: Epic adds playtime limits and reports (1 Oct 2024)',
      official: false,
    },
    {
      url: 'https://www.techopedia.com/news/fortnite-finally-lets-parents-set-time-limits',
      title: 'Techopedia: Fortnite lets parents set time limits',
      official: false,
    },
    {
      url: 'https://www.destructoid.com/epic-games-ftc-settlement-privacy-charges-520-million-news/',
      title: 'Destructoid: Epic Games FTC settlement',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.fortnite.com/', 'https://store.epicgames.com/en-US/'],
  },
} satisfies SiteEntry;
