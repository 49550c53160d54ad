import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'monkey',
  name: 'Monkey',
  hosts: ['monkey.cool'],
  linkDomains: ['hwb.gov.wales'],
  minimumAge: 18,
  ageNote:
    'Monkey’s terms require users to be 18 or older (older guides said 17+). A birthdate is asked for but there is no proof of age, and the website can be used without an account.',
  reporting: {
    path: 'Report button (it blocks and reports the user); use the "Underage" reporting option for someone who seems under 18',
  },
  youngPersonTips: [
    'Monkey is for adults (18+). It puts you on short video calls with strangers.',
    'If anything on a call makes you uncomfortable, end it, report the person, and tell an adult you trust.',
  ],
  liveNotes: [
    'Monkey matches strangers for random 15-second one-to-one video calls that both can extend, plus a "Duo" mode. There are no public broadcast pages.',
  ],
  notes: [
    'There is little to set up: the website needs no account, so there are no parental controls.',
    'It is unclear whether the Monkey app is still in the app stores; the website still works.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['ages', 'reporting', 'live'],
  sources: [
    {
      url: 'https://www.internetmatters.org/hub/news-blogs/what-is-monkey-app-safety-parent-guide/',
      title: 'Internet Matters: What is the Monkey app?',
      official: false,
    },
    {
      url: 'https://hwb.gov.wales/zones/keeping-safe-online/in-the-know/monkey-web/',
      title: 'Hwb (Welsh Government): Monkey',
      official: true,
    },
    {
      url: 'https://wezift.com/parent-portal/apps/monkey/',
      title: 'Wezift: Monkey (older 17+ rating)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://monkey.cool/', 'https://monkey.cool/community'],
  },
} satisfies SiteEntry;
