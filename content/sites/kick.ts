import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'kick',
  name: 'Kick',
  hosts: ['kick.com'],
  excludeHosts: ['help.kick.com'],
  live: [
    {
      path: '^/(?!(?:categories|category|browse|search|following|dashboard|terms-of-service|privacy-policy|community-guidelines|dmca-policy|video|videos|clips|settings|subscriptions|login|signup|auth|messages|notifications|help|about|careers|contact|legal|faq)(?:/|$))[A-Za-z0-9_-]{1,25}/?$',
    },
  ],
  minimumAge: 13,
  ageNote:
    '16 in Europe. Under-18s may use Kick only with a parent’s permission. In Australia, under-16s may not hold Kick accounts from 10 December 2025.',
  privacySteps: [
    {
      text: 'Switch off the content categories you don’t want your child to see. Viewers under 18 can’t see these categories by default.',
      path: 'Settings → Content Preferences',
    },
    {
      text: 'Mute anyone who bothers your child in chat: their messages are then hidden in every chat room.',
      path: 'Their profile → Mute',
    },
    {
      text: 'In the mobile app, block channels you don’t want your child to see: their thumbnails are blurred and titles hidden. The block list is kept only on that device.',
    },
    {
      text: 'If your child streams, set the AI Moderation filter level, banned words and chat rules.',
      path: 'Creator Dashboard → Chat Settings',
    },
  ],
  reporting: {
    url: 'https://help.kick.com/en/articles/8539253-submitting-a-report',
    path: 'A channel or stream: ⋮ at the bottom right of the video player → choose the category. Someone in chat: click their name → Report icon → describe the problem.',
    note: 'Reports on Kick are anonymous.',
  },
  safetyCentreUrl: 'https://help.kick.com/en/articles/10137491-viewer-controls-streamer-controls',
  safetyCentreLabel: 'Kick Help: viewer and streamer controls',
  youngPersonTips: [
    'Reports on Kick are anonymous, so the person won’t know it was you.',
    'You can mute someone in Kick chat so you no longer see their messages.',
  ],
  liveNotes: [
    'Kick’s rules do not allow streams showing under-18s unless a parent or legal guardian is right there with them, so under-18s should not stream alone.',
  ],
  notes: [
    'We found no parental controls or family linking on Kick.',
    'Kick uses k-ID for age checks: a face scan on the device, or a photo ID instead, depending on the country.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['ages', 'live'],
  sources: [
    {
      url: 'https://help.kick.com/en/articles/8539253-submitting-a-report',
      title: 'Kick Help Center: Submitting a report',
      official: true,
    },
    {
      url: 'https://help.kick.com/en/articles/10137491-viewer-controls-streamer-controls',
      title: 'Kick Help Center: Viewer controls & streamer controls',
      official: true,
    },
    {
      url: 'https://help.kick.com/en/articles/10162074-moderation-features-guide',
      title: 'Kick Help Center: Moderation features guide',
      official: true,
    },
    {
      url: 'https://help.kick.com/en/articles/7109164-how-to-moderate-your-kick-chat',
      title: 'Kick Help Center: How to moderate your Kick chat',
      official: true,
    },
    {
      url: 'https://help.kick.com/en/articles/12947994-age-assurance-faqs',
      title: 'Kick Help Center: Age assurance FAQs',
      official: true,
    },
    {
      url: 'https://ccyp.wa.gov.au/info-for-children-and-young-people/cybersafety',
      title:
        'Commissioner for Children and Young People WA: cybersafety (Australian under-16 rule, updated 5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://internetmatters.org/hub/news-blogs/what-is-kick-streaming',
      title:
        'Internet Matters: What is Kick streaming? (ages from Kick’s terms, community guidelines on minors)',
      official: false,
    },
    {
      url: 'https://github.com/streamlink/streamlink/blob/4fa85c54669a7569fcc85ef29f039ac84248470e/src/streamlink/plugins/kick.py',
      title: 'Streamlink Kick plugin (URL patterns for channels, videos and clips)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    live: [
      'https://kick.com/examplestreamer',
      'https://kick.com/example_streamer/',
      'https://www.kick.com/example-streamer',
    ],
    notLive: [
      'https://kick.com/',
      'https://kick.com/video/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
      'https://kick.com/examplestreamer/videos/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
      'https://kick.com/examplestreamer/clips/clip_01ABCDEF',
      'https://kick.com/examplestreamer/videos',
      'https://kick.com/categories',
      'https://kick.com/categories/just-chatting',
      'https://kick.com/browse',
      'https://kick.com/search?query=abc',
      'https://kick.com/following',
      'https://kick.com/dashboard/settings',
      'https://kick.com/community-guidelines',
      'https://kick.com/terms-of-service',
      'https://kick.com/privacy-policy',
    ],
  },
} satisfies SiteEntry;
