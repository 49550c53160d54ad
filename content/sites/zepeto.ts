import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'zepeto',
  name: 'ZEPETO',
  hosts: ['zepeto.me'],
  excludeHosts: ['support.zepeto.me', 'safetycenter.zepeto.me'],
  ageNote:
    'ZEPETO’s terms say it is not made for children and may restrict under-13s, or people under their country’s age of consent; its guardian FAQ says the minimum age differs by country. Guides say 13+. Check the age rule for your country in ZEPETO’s help centre.',
  privacySteps: [
    {
      text: 'Set "Who can message me 1:1" and who can invite your child to group chats to None, or to people they follow. ZEPETO suggests None for young children.',
      path: 'Profile → Setting icon → Privacy and Contents → Message controls',
    },
    {
      text: 'Set who can see, tag and take photo booths with your child to "Following" only, as ZEPETO recommends.',
      path: 'Profile → Setting icon → Privacy and Contents',
    },
    {
      text: 'Keep age, address and phone number off the profile: profile information is shown to everyone, even on a private account.',
    },
  ],
  reporting: {
    url: 'https://support.zepeto.me/hc/en-us/articles/900005914226-Keeping-our-ZEPETO-community-safe',
    label: 'ZEPETO Help: keeping our community safe',
    path: 'Report (in the app, on the content or account)',
    note: 'Reports are anonymous. Block users to stop contact. Live creators can also report, mute or ban viewers.',
  },
  safetyCentreUrl:
    'https://safetycenter.zepeto.me/2022/06/07/keeping-our-youth-safe-guardians-guide-to-zepeto/',
  safetyCentreLabel: 'ZEPETO Safety Center: guardian’s guide (2022)',
  youngPersonTips: ['Reporting on ZEPETO is anonymous: the person you report will not know it was you.'],
  liveNotes: [
    'ZEPETO LIVE lets users broadcast from the app. Under the guidelines in force since 10 June 2024, children may not broadcast, and other minors need a parent’s or guardian’s consent.',
    'Broadcasting is limited to set hours in each region.',
  ],
  notes: [
    'ZEPETO has no parental controls of its own; its guardian FAQ points parents to Apple and Google device controls for time and purchase limits.',
  ],
  confidence: 'partly-official',
  sources: [
    {
      url: 'https://support.zepeto.me/hc/en-us/articles/15447043369625-Privacy-Settings',
      title:
        'ZEPETO Help: Privacy Settings (Setting icon → Privacy and Contents: message controls, who sees posts and tags, photo booths; not in the shared research, read from a stored copy Dec 2026)',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/zh-cn/articles/7266971180441-ZEPETO%E7%94%A8%E6%88%B7%E7%9B%91%E6%8A%A4%E4%BA%BA%E9%A1%BB%E7%9F%A5-FAQ',
      title: 'ZEPETO Help: Guardian FAQ (Chinese; minimum age varies by country)',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/en-us/articles/22939792650265-Introduction-to-ZEPETO-Safety',
      title: 'ZEPETO Help: Introduction to ZEPETO Safety',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/en-us/articles/900005914226-Keeping-our-ZEPETO-community-safe',
      title: 'ZEPETO Help: Keeping our ZEPETO community safe',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/en-us/articles/5081540156953-Please-do-not-post-insulting-or-disturbing-comments-and-or-feed-posts',
      title: 'ZEPETO Help: Please do not post insulting or disturbing comments',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/en-us/articles/11591663280409-ZEPETO-Live-Streaming-Guidelines',
      title: 'ZEPETO Help: Live Streaming Guidelines',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/en-us/articles/33262195608729-Revision-of-Live-Streaming-Guidelines-Effective-June-10-2024',
      title: 'ZEPETO Help: Revision of Live Streaming Guidelines (10 June 2024)',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/en-us/articles/11591663280409-Live-streaming-do-s-and-don-ts',
      title: 'ZEPETO Help: Live streaming do’s and don’ts',
      official: true,
    },
    {
      url: 'https://support.zepeto.me/hc/ja/articles/360047786633-%E5%88%A9%E7%94%A8%E8%A6%8F%E7%B4%84',
      title: 'ZEPETO Terms of Use (Japanese, 26 Feb 2024; not for children, under-13s may be restricted)',
      official: true,
    },
    {
      url: 'https://safetycenter.zepeto.me/2022/06/07/keeping-our-youth-safe-guardians-guide-to-zepeto/',
      title: 'ZEPETO Safety Center: Guardian’s guide to ZEPETO (2022)',
      official: true,
    },
    {
      url: 'https://connectsafely.org/zepeto/',
      title: 'ConnectSafely: ZEPETO (13 and older)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://zepeto.me/', 'https://web.zepeto.me/share/user/profile/example'],
  },
} satisfies SiteEntry;
