import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'wizz',
  name: 'Wizz',
  hosts: ['wizzapp.com'],
  linkDomains: ['hwb.gov.wales'],
  minimumAge: 13,
  ageNote:
    'Wizz checks age with a Yoti face scan at sign-up and places users in age groups. In Australia, Wizz has restricted under-16s since 10 December 2025.',
  reporting: {
    note: 'Wizz says its safety team reviews every user report, but we found no Wizz page with the steps to report someone. Report in the app, block the person, and keep screenshots.',
  },
  safetyCentreUrl: 'https://wizzapp.com/for-parents/',
  safetyCentreLabel: 'Wizz: For parents',
  youngPersonTips: [
    'Wizz is for chatting with people you have never met. If someone asks you to move to another app, or for photos or money, stop replying, block them and tell an adult you trust.',
  ],
  notes: [
    'Wizz is an app for making new friends by swiping through strangers’ profiles and chatting.',
    'Apple and Google removed Wizz from their app stores on 30 January 2024 after concerns about sextortion. It later returned to Apple’s App Store with mandatory verification; the Welsh Government’s guide says it was still missing from Google Play.',
    'Sources on Wizz are thin: we found no Wizz help page on privacy settings or reporting.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['ages', 'reporting'],
  sources: [
    {
      url: 'https://wizzapp.com/our-safety-strategy/',
      title: 'Wizz: Our safety strategy (Yoti age estimate, age categories, report review)',
      official: true,
    },
    {
      url: 'https://wizzapp.com/for-parents/',
      title: 'Wizz: For parents',
      official: true,
    },
    {
      url: 'https://hwb.gov.wales/keeping-safe-online/in-the-know/wizz',
      title: 'Hwb (Welsh Government): Wizz (minimum age 13, app-store status)',
      official: true,
    },
    {
      url: 'https://www.infosecurity-magazine.com/news/wizz-removed-apple-google-stores/',
      title: 'Infosecurity Magazine: Wizz removed from Apple and Google stores (2 Feb 2024)',
      official: false,
    },
    {
      url: 'https://www.stcolumbasprimary.org/parent-esafety-resources.html',
      title:
        'St Columba’s Primary, citing eSafety: platforms restricted for under-16s in Australia from 10 Dec 2025 (Wizz included)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://wizzapp.com/', 'https://wizzapp.com/for-parents/'],
  },
} satisfies SiteEntry;
