import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'liveme',
  name: 'LiveMe',
  hosts: ['liveme.com'],
  minimumAge: 18,
  ageNote: 'LiveMe is for adults only. Internet Matters notes there is no age check when an account is made.',
  reporting: {
    url: 'https://www.liveme.com/safety.html',
    label: 'LiveMe: Safety',
    path: 'Report (in the app, on the broadcast or content)',
    note: 'To report a user under 18, email support@liveme.com with the subject “Underage User”. You can also send a screenshot of inappropriate content to live.me@cmcm.com with the subject “Inappropriate Content”.',
  },
  youngPersonTips: [
    'LiveMe is only for over-18s. If someone there asks you to do things on camera for gifts or coins, leave and tell an adult you trust.',
  ],
  liveNotes: [
    'LiveMe is a live streaming app: broadcasters stream and chat with viewers, who can send virtual gifts that can be exchanged for rewards and cash.',
  ],
  notes: ['LiveMe says it has human moderators working around the clock.'],
  confidence: 'partly-official',
  thirdPartySections: ['live'],
  sources: [
    {
      url: 'https://www.liveme.com/safety.html',
      title: 'LiveMe: Safety (18+, reporting underage users and content)',
      official: true,
    },
    {
      url: 'https://www.internetmatters.org/hub/expert-opinion/live-app-review/',
      title: 'Internet Matters: What is LiveMe? (adults only, no age verification, gifts)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.liveme.com/', 'https://www.liveme.com/safety.html'],
  },
} satisfies SiteEntry;
