import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'discord',
  name: 'Discord',
  hosts: ['discord.com', 'discord.gg'],
  excludeHosts: ['support.discord.com'],
  minimumAge: 13,
  ageNote:
    "13 in most countries, but higher in some: for example 14 in South Korea, Austria, Cyprus and Italy; 15 in Vietnam, the Czech Republic, France and Greece; 16 in Germany, Ireland, Hungary, Bulgaria and Croatia. Discord's birthday help article lists every country.",
  privacySteps: [
    {
      text: 'Check that the sensitive image filters are on. For teens they are on by default: they block sensitive images in messages from people who are not friends and blur them elsewhere.',
      path: 'User Settings → Privacy & Safety',
    },
    {
      text: 'Turn off "Allow direct messages from server members", so strangers who share a server cannot message your child directly.',
      path: 'User Settings → Privacy & Safety',
    },
    {
      text: 'Untick "Everyone" for friend requests, so not just anyone on Discord can send one.',
      path: 'User Settings → Friend Requests',
    },
  ],
  familyTools: [
    {
      name: 'Family Center',
      description:
        'Opt-in: parent and teen must both agree. Parents see a dashboard and a weekly email with new friends, servers joined and who the teen messaged or called, but never the messages themselves. The teen shows a QR code and the parent scans it with the Discord mobile app.',
      path: 'User Settings → Family Center',
    },
  ],
  reporting: {
    url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
    path: 'Long-press the message (mobile) or right-click it (desktop) → Report Message',
    note: 'Choose the type of abuse, then the more specific category. You can also tell the server’s moderators and block the user. In the US, your teen can text DISCORD to 741741 to reach Crisis Text Line.',
  },
  safetyCentreUrl: 'https://discord.com/safety/360044153831-helping-your-teen-stay-safe-on-discord',
  youngPersonTips: [
    'Messages from people you don’t know go to a separate inbox. You don’t have to open or answer them.',
    'If someone makes you uncomfortable, long-press or right-click their message, choose Report Message, block them, and tell an adult you trust.',
  ],
  liveNotes: [
    '“Go Live” lets people stream their screen or game to others in a voice channel or call. There is no public stream page: streams happen inside servers and calls.',
    'Under Discord’s teen-by-default settings (2026), only age-checked adults can speak on Stage channels.',
  ],
  notes: [
    'From March 2026 Discord gives every user teen-appropriate defaults unless they are verified as an adult (face age estimate, ID or an age-inference model): sensitive media blurred, age-restricted spaces closed, and a warning on friend requests from people you don’t know.',
  ],
  confidence: 'official',
  thirdPartySections: ['privacy', 'familyTools'],
  sources: [
    {
      url: 'https://discord.com/safety/360044153831-helping-your-teen-stay-safe-on-discord',
      title: 'Discord: Helping your teen stay safe on Discord',
      official: true,
    },
    {
      url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
      title: 'Discord: Reporting abusive behaviour to Discord',
      official: true,
    },
    {
      url: 'https://support.discord.com/hc/hi-in/articles/360040724612-Discord-%E0%A4%AE%E0%A5%87%E0%A4%B0%E0%A5%87-%E0%A4%AC%E0%A4%B0-%E0%A4%A5%E0%A5%9C%E0%A5%87-%E0%A4%95%E0%A5%87-%E0%A4%AC%E0%A4%BE%E0%A4%B0%E0%A5%87-%E0%A4%AE%E0%A5%87%E0%A4%82-%E0%A4%95-%E0%A4%AF%E0%A5%8B%E0%A4%82-%E0%A4%9C%E0%A4%BE%E0%A4%A8%E0%A4%A8%E0%A4%BE-%E0%A4%9A%E0%A4%BE%E0%A4%B9%E0%A4%A4%E0%A4%BE-%E0%A4%B9%E0%A5%88',
      title: 'Discord Help: Why does Discord want to know my birthday (Hindi version, country age list)',
      official: true,
    },
    {
      url: 'https://discord.com/blog/how-it-all-goes-live-an-overview-of-discords-streaming-technology',
      title: 'Discord blog: How it all Goes Live',
      official: true,
    },
    {
      url: 'https://www.prnewswire.com/news-releases/discord-launches-teen-by-default-settings-globally-302681851.html',
      title: 'Discord press release: teen-by-default settings globally (9 Feb 2026)',
      official: false,
    },
    {
      url: 'https://www.lifewire.com/discord-parental-controls-7629492',
      title: 'Lifewire: Discord parental controls (Family Center setup, 2023)',
      official: false,
    },
    {
      url: 'https://tech.hindustantimes.com/tech/news/discord-announces-new-family-center-tool-to-improve-online-safety-for-minors-71689157122289.html',
      title: 'Hindustan Times: Discord announces Family Center (12 Jul 2023)',
      official: false,
    },
    {
      url: 'https://digitalparents.xyz/en/apps/discord',
      title: 'Digital Parents: Discord settings guide',
      official: false,
    },
    {
      url: 'https://safechildguide.com/apps/discord/best-privacy-settings',
      title: 'Safe Child Guide: Discord privacy settings',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://discord.com/channels/@me', 'https://discord.gg/example'],
  },
} satisfies SiteEntry;
