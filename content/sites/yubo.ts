import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'yubo',
  name: 'Yubo',
  hosts: ['yubo.live'],
  excludeHosts: ['support.yubo.live'],
  linkDomains: ['hwb.gov.wales'],
  ageNote:
    'Yubo’s minimum age has changed: its help centre (undated) now says it does not allow users under 18; its terms summary of February 2023 said 13+, and its safety-tools page later said 16+. In Australia, Yubo has restricted under-16s since 10 December 2025. Yubo checks every user’s age with a face scan when they sign up.',
  privacySteps: [
    {
      text: 'In the app’s safety and privacy settings, turn off location sharing, or hide the city, so others cannot see where your child is.',
    },
    {
      text: 'In the swipe settings, your child can stop their profile being shown to others, and set the age and location ranges of who they see.',
    },
    {
      text: 'Turn on muted words and message filters.',
    },
  ],
  reporting: {
    url: 'https://support.yubo.live/hc/en-us/articles/115003804352-How-do-I-report-illegal-content',
    path: 'On a profile: tap the shield icon → Report, or ⋯ (top right) → Report',
    note: 'Pick a reason. Users who seem underage can be reported the same way.',
  },
  safetyCentreUrl: 'https://www.yubo.live/safety/advice',
  youngPersonTips: [
    'If someone in a live or chat asks you to move to another app or send photos, you can leave, tap the shield icon to report them, and tell an adult you trust.',
  ],
  liveNotes: ['Yubo has live rooms where up to 10 people can stream together while others watch and chat.'],
  notes: [
    'Since September 2022 Yubo checks every user’s age with Yoti face age estimation; if the result is unclear, it asks for ID and a live photo.',
    'No parental controls were found on Yubo.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['privacy'],
  sources: [
    {
      url: 'https://consumerrights.wiki/index.php?diff=next&oldid=24569&title=Yubo',
      title: 'Consumer Rights Wiki: Yubo (quotes Yubo’s safety-tools page on 13 Sep 2025: minimum age 16)',
      official: false,
    },
    {
      url: 'https://www.stcolumbasprimary.org/parent-esafety-resources.html',
      title:
        'St Columba’s Primary, citing eSafety: platforms restricted for under-16s in Australia from 10 Dec 2025 (Yubo included)',
      official: false,
    },
    {
      url: 'https://support.yubo.live/hc/en-us/articles/115003789051-Someone-I-know-is-under-18-but-has-a-Yubo-profile-Can-you-remove-it',
      title: 'Yubo Help: Someone I know is under 18 but has a Yubo profile (undated; no users under 18)',
      official: true,
    },
    {
      url: 'https://support.yubo.live/hc/en-us/articles/10181586379794-Your-Contract-at-a-Glance',
      title: 'Yubo Help: Your Contract at a Glance (Feb 2023; 13+)',
      official: true,
    },
    {
      url: 'https://www.yubo.live/safety/safety-tools',
      title: 'Yubo: Safety tools',
      official: true,
    },
    {
      url: 'https://support.yubo.live/hc/en-us/articles/115003789011-How-do-I-report-something-that-I-m-worried-to-you',
      title: 'Yubo Help: How do I report something that I’m worried about?',
      official: true,
    },
    {
      url: 'https://support.yubo.live/hc/en-us/articles/115003804352-How-do-I-report-illegal-content',
      title: 'Yubo Help: How do I report illegal content?',
      official: true,
    },
    {
      url: 'https://www.yubo.live/safety/advice',
      title: 'Yubo Safety Hub: advice',
      official: true,
    },
    {
      url: 'https://yubo.live/blog/how-yubo-pioneered-100-percent-age-verification',
      title: 'Yubo blog: How Yubo pioneered 100% age verification',
      official: true,
    },
    {
      url: 'https://hwb.gov.wales/keeping-safe-online/in-the-know/yubo/',
      title: 'Hwb (Welsh Government): Yubo',
      official: true,
    },
    {
      url: 'https://www.internetmatters.org/cy/parental-controls/social-media/yubo/',
      title: 'Internet Matters: Yubo controls guide (Welsh version)',
      official: false,
    },
    {
      url: 'https://internetmatters.org/hub/news-blogs/yubo-formerly-yellow-social-media-app-parents-need-know',
      title: 'Internet Matters: Yubo (formerly Yellow)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.yubo.live/', 'https://www.yubo.live/safety/advice'],
  },
} satisfies SiteEntry;
