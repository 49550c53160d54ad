import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['facebook.com', 'fb.watch'],
  linkDomains: ['familycenter.meta.com'],
  live: [{ path: '^/watch/live/?$' }],
  minimumAge: 13,
  ageNote: 'In Australia, under-16s may not hold Facebook accounts from 10 December 2025.',
  privacySteps: [
    {
      text: 'Set who can see your child’s future posts to Friends.',
      path: 'Settings → Privacy → Who can see your future posts?',
    },
    {
      text: 'In the app, check who can see each part of your child’s profile and posts.',
      path: 'Menu → Settings & privacy → Settings → Audience and visibility',
    },
    {
      text: 'Run Privacy Checkup together. It goes through who can see posts, how people can find your child, profile details and app settings.',
    },
  ],
  familyTools: [
    {
      name: 'Supervision (Meta Family Center)',
      description:
        'Supervise your teen’s Facebook and Messenger through Meta Family Center. Use the latest version of the app.',
      url: 'https://familycenter.meta.com/our-products/facebook-messenger',
    },
    {
      name: 'Teen Accounts',
      description:
        'Teens get Teen Accounts on Facebook and Messenger: private by default, messages only from people they follow or have messaged before, a reminder after 60 minutes and quiet mode overnight. Under-16s need a parent’s permission to loosen these settings.',
      url: 'https://familycenter.meta.com/our-products/facebook-messenger',
    },
  ],
  reporting: {
    url: 'https://www.facebook.com/help/contact/209046679279097',
    label: 'Facebook Help: report a child under 13',
    path: 'A profile, post, photo or video: … → Find support or report → choose the reason → Next → Done',
    note: 'The link is Facebook’s form for reporting a child under 13 who has an account. Live videos can be reported while they are still happening.',
  },
  safetyCentreUrl: 'https://familycenter.meta.com/our-products/facebook-messenger',
  youngPersonTips: [
    'On Facebook you can report a profile, post, photo or video from its … menu: choose Find support or report.',
  ],
  liveNotes: [
    'Meta requires younger teens to get a parent’s permission to go Live on Instagram. Reports differ on whether the same rule applies to Facebook, so check the current rule in Meta Family Center.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['privacy', 'live'],
  sources: [
    {
      url: 'https://www.facebook.com/help/contact/209046679279097',
      title: 'Facebook Help: Report an underage child',
      official: true,
    },
    {
      url: 'https://familycenter.meta.com/our-products/facebook-messenger',
      title: 'Meta Family Center: Facebook and Messenger (supervision, Teen Accounts)',
      official: true,
    },
    {
      url: 'https://ccyp.wa.gov.au/info-for-children-and-young-people/cybersafety',
      title:
        'Commissioner for Children and Young People WA: cybersafety (Australian under-16 rule, updated 5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://firstguards.org/article/meta-launches-teen-accounts-for-facebook-and-messenger-here-s-what-that-means',
      title: 'FirstGuards: Meta launches Teen Accounts for Facebook and Messenger',
      official: false,
    },
    {
      url: 'https://www.newsbytesapp.com/news/science/meta-s-teen-accounts-on-facebook-messenger-now-available-globally/story',
      title: 'NewsBytes: Teen Accounts on Facebook and Messenger now global (26 Sep 2025)',
      official: false,
    },
    {
      url: 'https://staysafeonline.in/concept/security-privacy-for-facebook/privacy-settings',
      title: 'StaySafeOnline India: Facebook privacy settings (mobile path)',
      official: false,
    },
    {
      url: 'https://www.dpsstaff.co.uk/online-safety/facebook/account-privacy',
      title: 'DPS staff guide: Facebook account privacy (desktop path)',
      official: false,
    },
    {
      url: 'https://fightback.ninja/keep-your-privacy-on-facebook',
      title: 'Fightback Ninja: keep your privacy on Facebook (Privacy Checkup)',
      official: false,
    },
    {
      url: 'https://uncoversocial.com/how-do-i-report-community-standards-on-facebook',
      title: 'Uncover Social: how to report on Facebook',
      official: false,
    },
    {
      url: 'https://www.wibwnewsnow.com/facebook-looks-uphold-community-standards-monitoring-user-feedback/',
      title: 'WIBW: Facebook says live videos can be reported while live',
      official: false,
    },
    {
      url: 'https://www.upi.com/Top_News/US/2025/04/08/Instagram-Facebook-teen-account-parent-permission/8781744115256/',
      title: 'UPI: Meta teen accounts and parent permission to go Live (8 Apr 2025)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    live: [
      'https://www.facebook.com/watch/live/?v=1234567890123456',
      'https://m.facebook.com/watch/live/?v=1234567890123456',
    ],
    notLive: [
      'https://www.facebook.com/',
      'https://www.facebook.com/watch/?v=1234567890123456',
      'https://www.facebook.com/examplepage/videos/1234567890123456/',
      'https://www.facebook.com/examplepage',
      'https://www.facebook.com/watch/live/extra',
      'https://fb.watch/abcDEF123/',
      'https://www.facebook.com/help/contact/209046679279097',
    ],
  },
} satisfies SiteEntry;
