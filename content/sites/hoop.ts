import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'hoop',
  name: 'Hoop',
  hosts: ['hoop.photo'],
  linkDomains: ['esafety.gov.au'],
  minimumAge: 13,
  ageNote:
    'The date of birth given at sign-up cannot be changed later. Hoop keeps adults (18+) and teenagers (13–17) apart. eSafety notes that Hoop asks 13–17-year-olds for a parent’s consent but does not verify ages.',
  privacySteps: [
    {
      text: 'Talk about the Snapchat or TikTok username on your child’s Hoop profile: anyone they connect with can then reach them on those apps, where conversations continue.',
    },
  ],
  reporting: {
    url: 'https://www.esafety.gov.au/key-issues/esafety-guide/hoop',
    label: 'eSafety Guide: Hoop (links to Hoop’s safety tools)',
    note: 'Hoop says its team reviews accounts reported as underage and removes them if needed. eSafety’s guide links to Hoop’s own pages on reporting and blocking.',
  },
  safetyCentreUrl: 'https://www.hoop.photo/parents_guide',
  safetyCentreLabel: 'Hoop: Parents’ guide (December 2025)',
  youngPersonTips: [
    'On Hoop you swipe through strangers’ profiles. Before you share your Snapchat or TikTok name, remember that it lets a stranger message you there.',
  ],
  notes: [
    'Hoop is a free add-on to Snapchat for meeting new people: users swipe through profiles and, when both agree, swap Snapchat usernames.',
    'Hoop says teenagers cannot receive messages, chat or interact with adults inside Hoop; conversations happen on Snapchat or TikTok once usernames are shared.',
    'Requesting someone’s Snapchat username costs “Diamonds”, an in-app currency earned for example by watching ads, opening the app every day or adding Snapchat friends through Hoop.',
  ],
  confidence: 'partly-official',
  sources: [
    {
      url: 'https://www.hoop.photo/parents_guide',
      title: 'Hoop: Parents’ guide (last updated 5 Dec 2025; minimum age 13, teens and adults separated)',
      official: true,
    },
    {
      url: 'https://www.esafety.gov.au/key-issues/esafety-guide/hoop',
      title: 'eSafety Commissioner (Australia): eSafety Guide to Hoop',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.hoop.photo/', 'https://www.hoop.photo/parents_guide'],
  },
} satisfies SiteEntry;
