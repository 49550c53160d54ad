import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['instagram.com'],
  excludeHosts: ['help.instagram.com'],
  linkDomains: ['familycenter.meta.com'],
  live: [{ path: '^/[A-Za-z0-9._]+/live/\\d+/?$' }],
  minimumAge: 13,
  ageNote:
    '13 in most countries; Instagram’s help centre names some places with a different rule (South Korea, Spain and Quebec). In Australia, under-16s may not hold Instagram accounts from 10 December 2025.',
  privacySteps: [
    {
      text: 'Make sure your teen is in a Teen Account. It is private by default, limits who can message them, mutes notifications overnight and reminds them after 60 minutes a day. 13–15-year-olds need a parent’s permission to loosen these settings.',
    },
    {
      text: 'Keep the “13+” content setting, which follows PG-13 film ratings, or choose the stricter “Limited Content” setting. Teens need a parent’s permission to leave “13+”.',
    },
  ],
  familyTools: [
    {
      name: 'Supervision (Meta Family Center)',
      description:
        'For teens aged 13–17. Set daily time limits and sleep-mode hours, see who your teen follows and who follows them, and check their privacy and message settings (not their messages). Either of you can send the invite; it expires after 48 hours. Only one parent can supervise a teen.',
      url: 'https://help.instagram.com/mobile-touch/472274307935829',
      path: 'Profile picture → Settings → Supervision → Create invite',
    },
    {
      name: 'Teen Accounts',
      description:
        'Everyone under 18 is placed in a Teen Account with stricter privacy, messaging and content settings. Younger teens need a parent’s permission to change them.',
      url: 'https://familycenter.meta.com/instagram-safety',
    },
  ],
  reporting: {
    url: 'https://help.instagram.com/163366675115842',
    path: 'In a live broadcast: … next to Comment → Report (app) or Report inappropriate (computer) → follow the steps',
    note: 'Reports are anonymous. If you think an account belongs to a child under 13, Instagram’s help page on underage accounts links to a report form for it (see Sources).',
  },
  safetyCentreUrl: 'https://familycenter.meta.com/instagram-safety',
  youngPersonTips: [
    'On an Instagram Live, tap … next to Comment, then Report. Reports are anonymous, so the person won’t know it was you.',
    'If you are under 16, you need a parent’s permission to go Live on Instagram.',
  ],
  liveNotes: [
    'Since April 2025, under-16s need a parent’s permission to go Live on Instagram. It started in the US, UK, Canada and Australia.',
  ],
  confidence: 'official',
  thirdPartySections: ['live'],
  sources: [
    {
      url: 'https://help.instagram.com/366075557613433',
      title: 'Instagram Help: minimum age (13 in most countries)',
      official: true,
    },
    {
      url: 'https://help.instagram.com/517920941588885/',
      title: 'Instagram Help: reporting an underage account; regions with a different age',
      official: true,
    },
    {
      url: 'https://help.instagram.com/mobile-touch/472274307935829',
      title: 'Instagram Help: setting up supervision',
      official: true,
    },
    {
      url: 'https://help.instagram.com/163366675115842',
      title: 'Instagram Help: reporting a live broadcast',
      official: true,
    },
    {
      url: 'https://familycenter.meta.com/instagram-safety',
      title: 'Meta Family Center: Instagram safety and Teen Accounts',
      official: true,
    },
    {
      url: 'https://ccyp.wa.gov.au/info-for-children-and-young-people/cybersafety',
      title:
        'Commissioner for Children and Young People WA: cybersafety (Australian under-16 rule, updated 5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://www.upi.com/Top_News/US/2025/04/08/Instagram-Facebook-teen-account-parent-permission/8781744115256/',
      title: 'UPI: Instagram teens under 16 need parent permission to go Live (8 Apr 2025)',
      official: false,
    },
    {
      url: 'https://www.mid-day.com/news/world-news/article/meta-changes-rules-kids-under-16-will-not-be-allowed-to-livestream-on-instagram-without-parental-consent-23515670',
      title:
        'Mid-day: under-16s not allowed to livestream on Instagram without parental consent (8 Apr 2025)',
      official: false,
    },
    {
      url: 'https://www.gadgets360.com/apps/news/instagram-boosts-teen-safety-sets-pg-13-content-limits-for-all-new-teen-accounts-9453981',
      title: 'Gadgets 360: Instagram sets PG-13 content limits for teen accounts (14 Oct 2025)',
      official: false,
    },
    {
      url: 'https://www.wtxl.com/science-and-tech/social-media/parents-get-more-control-under-instagrams-new-teen-safety-settings',
      title: 'WTXL: parents get more control under Instagram’s new teen settings (14 Oct 2025)',
      official: false,
    },
    {
      url: 'https://www.globalbankingandfinance.com/instagram-rolls-out-teen-accounts-with-privacy-parental-controls-as-scrutiny-mounts',
      title: 'Reuters via Global Banking & Finance: Instagram rolls out Teen Accounts (17 Sep 2024)',
      official: false,
    },
    {
      url: 'https://www.waituntil8th.org/blog/2025/6/7/how-to-help-keep-your-teen-safe-on-instagram',
      title: 'Wait Until 8th: what parents can do with Instagram supervision (2025)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    live: [
      'https://www.instagram.com/example.user/live/17912345678901234',
      'https://www.instagram.com/example_user/live/17912345678901234?igsh=abc123',
      'https://instagram.com/example.user/live/17912345678901234/',
    ],
    notLive: [
      'https://www.instagram.com/',
      'https://www.instagram.com/example.user/',
      'https://www.instagram.com/example.user/live',
      'https://www.instagram.com/p/ABCdef123/',
      'https://www.instagram.com/reel/ABCdef123/',
      'https://www.instagram.com/stories/example.user/3123456789012345678/',
      'https://www.instagram.com/explore/',
    ],
  },
} satisfies SiteEntry;
