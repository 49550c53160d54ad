import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'pinterest',
  name: 'Pinterest',
  hosts: ['pinterest.com'],
  excludeHosts: ['help.pinterest.com', 'newsroom-archive.pinterest.com'],
  minimumAge: 13,
  ageNote:
    'In some countries the minimum age is the local age of consent, which may be higher. Parents can email privacy-support@pinterest.com to have an under-age account deleted.',
  privacySteps: [
    {
      text: 'If your teen is 16 or 17, keep the account private. Accounts of under-16s are private automatically and can’t be made public.',
    },
  ],
  familyTools: [
    {
      name: 'Parental passcode',
      description:
        'A 4-digit passcode on your teen’s account locks the settings you choose (account management, privacy and data, social permissions), so they can’t be changed without you. It ends when your teen turns 18. It does not show you your teen’s activity.',
      url: 'https://help.pinterest.com/en/article/resources-for-parents-and-caregivers-of-teens',
    },
  ],
  reporting: {
    url: 'https://help.pinterest.com/en/article/report-harassment-and-cyberbullying',
    path: 'A Pin: open it → … → Report Pin → choose a reason. Comments and messages are reported in a similar way.',
    note: 'Reports are anonymous.',
  },
  safetyCentreUrl: 'https://help.pinterest.com/en/article/resources-for-parents-and-caregivers-of-teens',
  safetyCentreLabel: 'Pinterest Help: resources for parents and caregivers of teens',
  youngPersonTips: [
    'Reports on Pinterest are anonymous, so you can report a Pin, comment or message without the person knowing it was you.',
  ],
  notes: [
    'Under-16 accounts are private, aren’t suggested to others, and can message only mutual followers. Under-18s have comments turned off on Pins they create.',
  ],
  confidence: 'official',
  sources: [
    {
      url: 'https://help.pinterest.com/en/article/resources-for-parents-and-caregivers-of-teens',
      title: 'Pinterest Help: Resources for parents and caregivers of teens',
      official: true,
    },
    {
      url: 'https://help.pinterest.com/en-gb/article/teen-safety-options',
      title: 'Pinterest Help: Teen safety options',
      official: true,
    },
    {
      url: 'https://newsroom-archive.pinterest.com/en-gb/new-features-enhance-teen-safety-on-pinterest-2',
      title: 'Pinterest Newsroom: new features enhance teen safety (Aug 2023)',
      official: true,
    },
    {
      url: 'https://help.pinterest.com/en/article/report-harassment-and-cyberbullying',
      title: 'Pinterest Help: Report harassment and cyberbullying',
      official: true,
    },
    {
      url: 'https://help.pinterest.com/nl/article/report-something-on-pinterest',
      title: 'Pinterest Help (Dutch): Report something on Pinterest',
      official: true,
    },
    {
      url: 'https://www.therundown.today/guides/pinterest-for-teens',
      title: 'The Rundown: Pinterest for teens (no parent view of activity)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://www.pinterest.com/', 'https://www.pinterest.com/pin/123456789012345678/'],
  },
} satisfies SiteEntry;
