import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'tango',
  name: 'Tango',
  hosts: ['tango.me'],
  excludeHosts: ['help.tango.me'],
  minimumAge: 18,
  minimumLiveAge: 18,
  ageNote: 'Tango is for adults only: you must be 18 to download the app, register and use it.',
  privacySteps: [
    {
      text: 'Check the phone number, email and other sign-in details on the account, and use “Disconnect other Devices” if someone else may have access.',
      path: 'Settings → Account',
    },
  ],
  reporting: {
    url: 'https://help.tango.me/en/articles/2985206-tango-guidelines-for-live-broadcasting',
    label: 'Tango Help: guidelines for live broadcasting',
    note: 'We could not find Tango’s in-app reporting steps; this page sets out its rules for live broadcasts.',
  },
  youngPersonTips: [
    'Tango staff will never ask for your login code. If anyone asks for it, block and report them, and tell an adult you trust.',
  ],
  liveNotes: [
    'Under-18s may appear on a Tango stream only briefly, and only while an adult streamer is on screen supervising. Tango’s software scans streams for under-18s and can shut a stream down.',
  ],
  notes: ['Tango is an adult service, so it has no family tools.'],
  confidence: 'third-party',
  sources: [
    {
      url: 'https://help.tango.me/en/articles/2985206-tango-guidelines-for-live-broadcasting',
      title: 'Tango Help: Guidelines for live broadcasting',
      official: true,
    },
    {
      url: 'https://help.tango.me/en/articles/3112199-tango-guidelines-for-user-s-profile-content',
      title: 'Tango Help: Guidelines for user’s profile content (18+ to download, register and use)',
      official: true,
    },
    {
      url: 'https://help.tango.me/en/articles/5179516-secure-the-account-from-scammers',
      title: 'Tango Help: Secure the account from scammers',
      official: true,
    },
    {
      url: 'https://help.tango.me/en/articles/2985300-why-am-i-unable-to-start-a-live-broadcast-am-i-banned',
      title: 'Tango Help: Why am I unable to start a live broadcast?',
      official: true,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://tango.me/', 'https://www.tango.me/'],
  },
} satisfies SiteEntry;
