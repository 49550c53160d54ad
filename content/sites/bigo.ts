import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'bigo',
  name: 'BIGO LIVE',
  hosts: ['bigo.tv'],
  excludeHosts: ['activity.bigo.tv', 'blog.bigo.tv'],
  live: [
    {
      path: '^/(?:[a-z]{2}/)?(?!(?:blog|about|live|download|terms|privacy|user|games|search|help|faq)(?:/|$))[A-Za-z0-9_.-]{3,}/?$',
    },
  ],
  minimumLiveAge: 18,
  ageNote:
    'Bigo has given different minimum ages for using BIGO LIVE, and its own blog advises under-18s not to use it. Check the current rule in Bigo’s terms. In Australia, Bigo has said it is covered by the under-16 account rule from 10 December 2025.',
  reporting: {
    url: 'https://www.bigo.tv/blog/report-on-bigo-live',
    path: 'During a stream: ≡ at the bottom → Room Tools → Report → pick a reason (one is “Underage”) → Submit',
  },
  safetyCentreUrl: 'https://blog.bigo.tv/faq/is-bigo-live-safe/',
  safetyCentreLabel: 'Bigo blog: Is BIGO LIVE safe?',
  youngPersonTips: [
    'If something on a BIGO LIVE stream worries you, tap ≡, then Room Tools → Report. You can also just leave the stream.',
  ],
  liveNotes: ['You must be 18 to broadcast on BIGO LIVE, and also meet any higher age set by local law.'],
  notes: ['We found no parental controls or privacy settings for BIGO LIVE.'],
  confidence: 'partly-official',
  sources: [
    {
      url: 'https://activity.bigo.tv/live/act/broadcasterAgreement/index.html',
      title: 'BIGO LIVE Broadcaster Agreement (§1.3: broadcasters must be 18)',
      official: true,
    },
    {
      url: 'https://blog.bigo.tv/faq/is-bigo-live-safe/',
      title: 'Bigo blog: Is BIGO LIVE safe? (advises under-18s not to use it)',
      official: true,
    },
    {
      url: 'https://www.bigo.tv/blog/report-on-bigo-live',
      title: 'Bigo blog: How to report on BIGO LIVE',
      official: true,
    },
    {
      url: 'https://www.kidsonlineworld.com/bigo.html',
      title: 'Kids Online World: Bigo Live guide (gives a different minimum age)',
      official: false,
    },
    {
      url: 'https://stayhipp.com/apps/bigo-live-app-guide/',
      title: 'StayHipp: Bigo Live app guide (gives a different minimum age)',
      official: false,
    },
    {
      url: 'https://www.stcolumbasprimary.org/parent-esafety-resources.html',
      title:
        'St Columba’s Primary: parent eSafety resources (Bigo self-identified as age-restricted in Australia)',
      official: false,
    },
    {
      url: 'https://screentimelabs.com/blog/the-bigo-live-app-is-it-safe-for-kids',
      title: 'ScreenTime Labs: Is the Bigo Live app safe for kids? (no parental controls)',
      official: false,
    },
    {
      url: 'https://github.com/yt-dlp/yt-dlp/blob/d9683581ebe1f820be120da4e085d27fb9dcabbc/yt_dlp/extractor/bigo.py',
      title: 'yt-dlp Bigo extractor (live URL patterns)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    live: [
      'https://www.bigo.tv/221338632',
      'https://www.bigo.tv/ja/221338632',
      'https://www.bigo.tv/th/Tarlerm1304',
      'https://bigo.tv/Example_Host01/',
    ],
    notLive: [
      'https://www.bigo.tv/',
      'https://www.bigo.tv/ja/',
      'https://www.bigo.tv/blog',
      'https://www.bigo.tv/blog/report-on-bigo-live',
      'https://www.bigo.tv/ja/blog',
    ],
  },
} satisfies SiteEntry;
