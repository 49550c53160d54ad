import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'snapchat',
  name: 'Snapchat',
  hosts: ['snapchat.com'],
  excludeHosts: ['help.snapchat.com', 'parents.snapchat.com'],
  linkDomains: ['snap.com'],
  minimumAge: 13,
  ageNote: 'In Australia, under-16s may not hold Snapchat accounts from 10 December 2025.',
  privacySteps: [
    {
      text: 'Set “Contact Me” to My Friends, so people your child hasn’t added can’t message them.',
      path: 'Profile → ⚙ Settings → Privacy Controls → Contact Me',
    },
    {
      text: 'Set “View My Story” to My Friends (or Custom), so strangers can’t watch your child’s Stories.',
      path: 'Profile → ⚙ Settings → Privacy Controls → View My Story',
    },
    {
      text: 'Set “See My Location” to Ghost Mode, so your child’s location isn’t shown on the Snap Map.',
      path: 'Profile → ⚙ Settings → Privacy Controls → See My Location',
    },
    {
      text: 'Turn off “See Me in Quick Add”, so Snapchat doesn’t suggest your child to people they don’t know.',
      path: 'Profile → ⚙ Settings → Privacy Controls → See Me in Quick Add',
    },
  ],
  familyTools: [
    {
      name: 'Family Center (Family Centre in the UK)',
      description:
        'See who your teen has chatted with in the last 7 days (not the messages), their friends and groups, and their key privacy settings. Restrict sensitive content, stop My AI replying, ask for their location and get alerts when they arrive at or leave places you choose (up to 3, since November 2024), and report accounts confidentially. You need your own account, and your teen must accept the invite.',
      url: 'https://parents.snapchat.com/en-GB/parental-controls',
      path: 'Settings → Family Center (or search “Family Center” in the app)',
    },
  ],
  reporting: {
    url: 'https://www.snap.com/en-US/safety/safety-team',
    path: 'A Snap or Story: press and hold → Report Snap. An account: their profile → ⋮ → Report → choose a reason → Submit.',
    note: 'Snap says it responds to most reports within 24 hours.',
  },
  safetyCentreUrl: 'https://parents.snapchat.com/en-GB/parental-controls',
  youngPersonTips: [
    'You can press and hold a Snap or Story to report it.',
    'Ghost Mode hides where you are on the Snap Map.',
  ],
  notes: [
    'Snap says teens can, by default, only be contacted by friends, or friends plus people in their phone contacts.',
  ],
  confidence: 'official',
  thirdPartySections: ['ages', 'privacy'],
  sources: [
    {
      url: 'https://www.snap.com/en-US/safety/safety-team',
      title: 'Snap Safety: reporting to the Safety Team',
      official: true,
    },
    {
      url: 'https://parents.snapchat.com/en-GB/parental-controls',
      title: 'Snapchat for Parents: parental controls (Family Centre)',
      official: true,
    },
    {
      url: 'https://help.snapchat.com/hc/da/articles/7121384944788-Hvad-er-Familiecenter',
      title: 'Snapchat Support (Danish): What is Family Center?',
      official: true,
    },
    {
      url: 'https://ccyp.wa.gov.au/info-for-children-and-young-people/cybersafety',
      title:
        'Commissioner for Children and Young People WA: cybersafety (Australian under-16 rule, updated 5 Nov 2025)',
      official: false,
    },
    {
      url: 'https://conductatlas.com/platform/snapchat/snapchat-terms-of-service/age-restriction-minimum-age-requirement/',
      title: 'Conduct Atlas: Snapchat terms, minimum age',
      official: false,
    },
    {
      url: 'https://advice.primarytimes.co.uk/should-i-let-my-child-use-snapchat/',
      title: 'Primary Times: Should I let my child use Snapchat?',
      official: false,
    },
    {
      url: 'https://www.safefed.org/financial-education/teens-staying-safe-snapchat',
      title: 'SafeFed: teens staying safe on Snapchat (privacy settings)',
      official: false,
    },
    {
      url: 'https://createaccount.us/snapchat/how-to-manage-privacy-on-snapchat/',
      title: 'How to manage privacy on Snapchat (guide)',
      official: false,
    },
    {
      url: 'https://www.theparentingdaily.co.uk/article/2024/01/11/snapchat-expand-their-app-parental-tools',
      title:
        'The Parenting Daily: Snapchat expands parental tools (11 Jan 2024, quotes Snap on teen contact defaults)',
      official: false,
    },
    {
      url: 'https://www.hithawathi.lk/help-centre/social-media/snapchat/reporting-on-snapchat/',
      title: 'Hithawathi: reporting on Snapchat (21 Apr 2023)',
      official: false,
    },
    {
      url: 'https://networkwayout.com/?p=6316',
      title:
        'Network Way Out: Snapchat Family Center location sharing and alerts for up to 3 places (14 Nov 2024)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.snapchat.com/', 'https://web.snapchat.com/'],
  },
} satisfies SiteEntry;
