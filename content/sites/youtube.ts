import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['youtube.com', 'youtu.be'],
  linkDomains: ['support.google.com'],
  live: [
    { path: '^/live/[A-Za-z0-9_-]{11}/?$' },
    { path: '^/@[^/]+/live/?$' },
    { path: '^/channel/[A-Za-z0-9_-]+/live/?$' },
    { path: '^/c/[^/]+/live/?$' },
    { path: '^/user/[^/]+/live/?$' },
  ],
  minimumLiveAge: 16,
  ageNote:
    'Children under 13 (or the age set in your country) can use YouTube through a supervised account a parent manages. In Australia, under-16s may not hold YouTube accounts from 10 December 2025, but can still watch without one.',
  privacySteps: [
    {
      text: 'Check that your teen’s uploads are set to Private or Unlisted. Uploads by 13–17-year-olds start on the most private option, but teens can change it.',
    },
    {
      text: 'Keep the “take a break” and bedtime reminders switched on. They are on by default for 13–17-year-olds, and teens can turn them off.',
    },
  ],
  familyTools: [
    {
      name: 'Supervised experience for pre-teens',
      description:
        'A supervised Google Account for children under 13, with three content settings: Explore (generally 9+), Explore More (generally 13+, adds live streams) and Most of YouTube. Parents manage it with Family Link. YouTube Kids is the separate app for younger children.',
      url: 'https://support.google.com/youtube/answer/10315824',
    },
    {
      name: 'Teen supervision in Family Center',
      description:
        'Link your account to your teen’s. You see how many videos they upload, their subscriptions and comments, and get an email when they upload or start a live stream. Either of you can turn it off.',
      path: 'YouTube app → You → Settings → Family Center → Invite a teen',
    },
  ],
  reporting: {
    path: 'Below the video: More (⋮) → Report → choose a reason → add details → Submit',
    note: 'We could not confirm YouTube’s own reporting help page; these steps come from a guide.',
  },
  youngPersonTips: [
    'On YouTube you need to be 16 to live stream on your own. If you are 13–15, an adult has to be there with you on camera.',
    'To report a video, use More (⋮) under the player, then Report.',
  ],
  liveNotes: [
    'From 22 July 2025 you must be 16 to live stream alone on YouTube. 13–15-year-olds may appear only if an adult is visibly present; otherwise live chat may be turned off and features removed.',
    'An under-16 creator can give an adult access to the channel; the adult starts the stream and must be on camera and involved.',
  ],
  notes: [
    'Since August 2025, YouTube in the US uses machine learning to estimate whether a user is under 18, and then applies teen protections such as no age-restricted videos.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['privacy', 'reporting', 'live'],
  sources: [
    {
      url: 'https://support.google.com/youtube/answer/10315824',
      title: 'YouTube Help: supervised experiences FAQ',
      official: true,
    },
    {
      url: 'https://ccyp.wa.gov.au/info-for-children-and-young-people/cybersafety',
      title:
        'Commissioner for Children and Young People WA: cybersafety (Australian under-16 rule, updated 5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://techweez.com/2025/06/26/youtube-now-requires-creators-to-be-16-or-older-to-live-stream-alone',
      title: 'Techweez: YouTube requires creators to be 16 or older to live stream alone (26 Jun 2025)',
      official: false,
    },
    {
      url: 'https://www.androidcentral.com/apps-software/youtube/minimum-streaming-age-youtube-requirement-increases-parents-details',
      title: 'Android Central: YouTube minimum streaming age increases',
      official: false,
    },
    {
      url: 'https://www.storyboard18.com/digital/youtube-bars-under-16-users-to-host-live-streaming-71948.htm',
      title: 'Storyboard18: YouTube bars under-16 users from hosting live streams',
      official: false,
    },
    {
      url: 'https://www.tubefilter.com/2021/08/10/youtube-under-18-private-default-bar-overly-commercial-content-youtube-kids/',
      title: 'Tubefilter: YouTube makes uploads private by default for under-18s (10 Aug 2021)',
      official: false,
    },
    {
      url: 'https://mspoweruser.com/youtube-protections-people-under-18/',
      title: 'MSPoweruser: YouTube protections for people under 18',
      official: false,
    },
    {
      url: 'https://www.newsbytesapp.com/news/science/youtube-offers-supervised-experience-for-teens-how-to-use-it/story',
      title: 'NewsBytes: YouTube supervised experience for teens, how to use it (15 Dec 2024)',
      official: false,
    },
    {
      url: 'https://www.thehansindia.com/technology/tech-news/youtube-presents-new-parent-teen-account-linking-for-better-supervision-904677',
      title: 'The Hans India: YouTube parent–teen account linking (5 Sep 2024)',
      official: false,
    },
    {
      url: 'https://www.cyberbaap.org/resources/reporting-content-on-youtube-all-that-you-need-to-know/',
      title: 'CyberBaap: reporting content on YouTube (15 Nov 2023)',
      official: false,
    },
    {
      url: 'https://www.business-standard.com/amp/technology/tech-news/youtube-to-use-ai-to-detect-and-restrict-underage-accounts-how-it-works-125073000722_1.html',
      title: 'Business Standard: YouTube to use AI to detect underage accounts (30 Jul 2025)',
      official: false,
    },
    {
      url: 'https://github.com/streamlink/streamlink/blob/6ec535f88f8ca38f595bdcc2261dfd3b8e9271c0/tests/plugins/test_youtube.py',
      title: 'Streamlink YouTube plugin tests (live URL patterns)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    live: [
      'https://www.youtube.com/live/qVv6vCqciTM',
      'https://www.youtube.com/@examplechannel/live',
      'https://m.youtube.com/@example.channel-1/live',
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/live',
      'https://www.youtube.com/c/ExampleName/live',
      'https://www.youtube.com/user/examplename/live',
      'https://www.youtube.com/live/qVv6vCqciTM?si=abc123',
    ],
    notLive: [
      'https://www.youtube.com/',
      'https://www.youtube.com/watch?v=qVv6vCqciTM',
      'https://youtu.be/qVv6vCqciTM',
      'https://www.youtube.com/live',
      'https://www.youtube.com/@examplechannel',
      'https://www.youtube.com/@examplechannel/videos',
      'https://www.youtube.com/@examplechannel/streams',
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
      'https://www.youtube.com/feed/subscriptions',
      'https://www.youtube.com/shorts/qVv6vCqciTM',
    ],
  },
} satisfies SiteEntry;
