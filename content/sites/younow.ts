import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'younow',
  name: 'YouNow',
  hosts: ['younow.com'],
  excludeHosts: ['support.younow.com'],
  ageNote:
    'Guides say YouNow is for ages 13 and over, and that broadcasts showing under-13 guests on camera may be ended (citing YouNow’s rules). We found no YouNow page stating the age.',
  privacySteps: [
    {
      text: 'Block anyone who bothers your child: they can then no longer chat with your child, write on their profile, become a fan or watch their broadcasts.',
      path: 'Their username → ⋯ → Block',
    },
    {
      text: 'If your child broadcasts, they can silence someone in the chat for the rest of that broadcast, and appoint a trusted broadcast referee who can silence people for them.',
      path: 'In a broadcast: the user’s name → more actions → Assign as Permanent Referee',
    },
    {
      text: 'Keep personal details out of broadcasts and the profile: YouNow advises never sharing an address or phone number.',
    },
  ],
  reporting: {
    url: 'https://support.younow.com/hc/en-us/articles/360050877891-Safety-and-YouNow',
    label: 'YouNow Help: Safety and YouNow',
    path: 'Click the user’s name → ⋯ → Report → choose the reason → add details',
    note: 'Reports go to YouNow’s live moderators. For something serious, file one detailed report through YouNow’s help desk, with the broadcast title, its date and time, and the usernames involved.',
  },
  safetyCentreUrl: 'https://support.younow.com/hc/en-us/articles/360043751252-Safety-on-YouNow',
  safetyCentreLabel: 'YouNow Help: Safety on YouNow',
  youngPersonTips: [
    'On YouNow you can block and report anyone in your chat: click their name, then ⋯. Nobody has the right to pressure you into sharing anything you are not comfortable with.',
  ],
  liveNotes: [
    'YouNow is a live broadcasting site and app. Guides say anyone can watch broadcasts without an account, and viewers chat with the broadcaster and send gifts.',
  ],
  notes: [
    'No address pattern for YouNow’s live pages was confirmed, so the panel does not tell live pages apart on YouNow.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['ages', 'live'],
  sources: [
    {
      url: 'https://support.younow.com/hc/en-us/articles/360050877891-Safety-and-YouNow',
      title: 'YouNow Help: Safety and YouNow (reporting, blocking, broadcast referees)',
      official: true,
    },
    {
      url: 'https://support.younow.com/hc/en-us/articles/360043751252-Safety-on-YouNow',
      title: 'YouNow Help: Safety on YouNow (silencing, permanent referees)',
      official: true,
    },
    {
      url: 'https://support.younow.com/hc/en-us/articles/360045561512-How-to-handle-drama-and-contact-Trust-and-Safety',
      title: 'YouNow Help: How to handle drama and contact Trust and Safety (detailed reports)',
      official: true,
    },
    {
      url: 'https://safesmartsocial.com/younow-social-media-safety/',
      title: 'Safe Smart Social: YouNow safety guide (13+, under-13 guests, watching without an account)',
      official: false,
    },
    {
      url: 'https://smartsocial.com/post/younow-app',
      title: 'SmartSocial: What is YouNow? (13+, gifts)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.younow.com/'],
  },
} satisfies SiteEntry;
