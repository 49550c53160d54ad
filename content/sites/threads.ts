import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'threads',
  name: 'Threads',
  hosts: ['threads.com', 'threads.net'],
  linkDomains: ['esafety.gov.au', 'hwb.gov.wales'],
  minimumAge: 13,
  ageNote:
    'In Australia, under-16s lost access to Threads and cannot create accounts from December 2025; over-16s may be asked to confirm their age.',
  privacySteps: [
    {
      text: 'Turn on Private profile so only followers your child approves can see their posts. Under-18 accounts start private, and under-16s need a parent’s approval to go public.',
      path: 'Profile icon → menu (two lines) → Privacy → Private profile',
    },
    {
      text: 'Limit who can mention your child, in the same Privacy settings.',
      path: 'Profile icon → menu (two lines) → Privacy',
    },
  ],
  familyTools: [
    {
      name: 'Supervision through Instagram',
      description:
        'Threads has no separate parental tool. Supervision for under-18s is managed through Instagram’s supervision, and settings carry over from the teen’s Instagram account.',
    },
  ],
  reporting: {
    path: 'Their profile → three dots (top right) → Report or Block',
    note: 'eSafety says you can unfollow, block, restrict and report a profile on Threads.',
  },
  youngPersonTips: [
    'On Threads you can block or report someone from the three dots at the top right of their profile.',
  ],
  notes: [
    'Threads moved its website from threads.net to threads.com in April 2025; both addresses are Threads.',
    'Threads has no live video.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['privacy', 'reporting'],
  sources: [
    {
      url: 'https://www.esafety.gov.au/key-topics/esafety-guide/threads',
      title: 'eSafety Commissioner: The eSafety Guide, Threads',
      official: true,
    },
    {
      url: 'https://hwb.gov.wales/keeping-safe-online/in-the-know/threads',
      title: 'Hwb (Welsh Government): Threads, in the know (Nov 2024)',
      official: true,
    },
    {
      url: 'https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/digital-parenting-pro/threads/',
      title: 'Vodafone Digital Parenting: Threads (under-18 defaults, supervision)',
      official: false,
    },
    {
      url: 'https://www.howtogeek.com/instagram-threads-privacy-settings-you-should-change-right-now/',
      title: 'How-To Geek: Threads privacy settings to change (6 Dec 2024)',
      official: false,
    },
    {
      url: 'https://privacyinternational.org/guide-step/5614/guide-threads-settings-and-good-practises',
      title: 'Privacy International: guide to Threads settings (26 Jun 2025)',
      official: false,
    },
    {
      url: 'https://parsers.vc/news/241030-navigating-threads--blocking-and-reporting',
      title: 'Navigating Threads: blocking and reporting profiles (30 Oct 2024)',
      official: false,
    },
    {
      url: 'https://tamilnalam.in/?p=55555',
      title: 'News: Threads web moves to threads.com (Apr 2025)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: [
      'https://www.threads.com/',
      'https://www.threads.com/@example.user',
      'https://www.threads.net/@example.user/post/ABC123xyz',
    ],
  },
} satisfies SiteEntry;
