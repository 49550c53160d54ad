import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'ometv',
  name: 'OmeTV',
  hosts: ['ome.tv'],
  linkDomains: ['inhope.org'],
  ageNote:
    'Guides describe OmeTV as for adults (18+) only, but no official OmeTV page confirming its age rule was found.',
  reporting: {
    note: 'No official OmeTV report page was found. If a child was shown sexual content or asked for images, report it to your national hotline (INHOPE is the network of national hotlines) or to the police.',
  },
  youngPersonTips: [
    'Guides say OmeTV is for adults. It puts you on camera with random strangers, and Australia’s eSafety Commissioner warned that it let adults video chat with children without enough protection.',
    'If someone shows you something sexual or asks you to undress, leave straight away and tell an adult you trust. You will not be in trouble.',
  ],
  liveNotes: ['OmeTV is random one-to-one video chat with strangers. There are no public broadcast pages.'],
  notes: [
    'Australia’s eSafety Commissioner gave OmeTV’s operator a formal warning for letting adults have random video chats with children without enough protections.',
    'ome.tv is widely taken to be OmeTV’s website, but this could not be confirmed. Many copycat sites use the OmeTV name; they are not the same service.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['ages', 'live'],
  sources: [
    {
      url: 'https://hookyburger.com/ome-tv-community-guidelines/',
      title: 'Ome TV community guidelines (third-party summary, 18+)',
      official: false,
    },
    {
      url: 'https://widget.medianet.com.au/luck-runs-out-for-roulette-style-video-chat-app-placing-australian-children-at-risk/1032257?WebsiteId=100',
      title: 'eSafety Commissioner media release via Medianet: formal warning to OmeTV',
      official: false,
    },
    {
      url: 'https://www.mediaweek.com.au/esafety-commissioner-issues-formal-warning-over-chatroulette-style-app',
      title: 'Mediaweek: eSafety issues formal warning over OmeTV',
      official: false,
    },
    {
      url: 'https://inhope.org/EN/articles/about-inhope',
      title: 'INHOPE: About INHOPE (network of national hotlines)',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://ome.tv/', 'https://ome.tv/rules'],
  },
} satisfies SiteEntry;
