import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'rumble',
  name: 'Rumble',
  hosts: ['rumble.com'],
  excludeHosts: ['corp.rumble.com', 'ads.rumble.com'],
  ageNote:
    'We could not confirm Rumble’s minimum age from its own terms. A summary of its privacy policy says the service is not meant for children under 13.',
  reporting: {
    note: 'We could not confirm where Report sits on Rumble. If you are worried about a person or a stream there, use the national reporting line for your country.',
  },
  liveNotes: [
    'Rumble live streams use the same kind of page as ordinary videos, so this panel cannot tell whether a Rumble page is live.',
  ],
  notes: ['We found no parental controls, privacy steps or safety centre for Rumble.'],
  confidence: 'third-party',
  thirdPartySections: ['ages'],
  sources: [
    {
      url: 'https://conductatlas.com/platform/rumble/rumble-privacy-policy/coppa-age-restriction-and-childrens-data/',
      title: 'Conduct Atlas: Rumble privacy policy, age restriction and children’s data',
      official: false,
    },
    {
      url: 'https://github.com/yt-dlp/yt-dlp/blob/c9054b1d1db4509a1d878d72fe46fe700cb15ee5/yt_dlp/extractor/rumble.py',
      title: 'yt-dlp Rumble extractor (video and live pages share one URL form)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: [
      'https://rumble.com/',
      'https://rumble.com/v1abcde-example-video.html',
      'https://rumble.com/browse/live',
      'https://rumble.com/c/ExampleChannel',
      'https://rumble.com/user/exampleuser',
    ],
  },
} satisfies SiteEntry;
