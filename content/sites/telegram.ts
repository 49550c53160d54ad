import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'telegram',
  name: 'Telegram',
  hosts: ['telegram.org', 't.me'],
  excludeHosts: ['core.telegram.org'],
  ageNote:
    'Telegram’s terms set a higher minimum age for people in the EU and the UK, and no worldwide minimum was found in the terms seen. Check the current age rule in Telegram’s terms.',
  privacySteps: [
    {
      text: 'Limit who can see your child’s phone number, so strangers in groups cannot find it.',
      path: 'Settings → Privacy and Security → Phone Number',
    },
    {
      text: 'When adding a contact, untick "Share my phone number".',
    },
  ],
  reporting: {
    path: 'Press and hold the message (iPhone) or tap it (Android) → Report. For a group or channel: open its profile → More (⋯) → Report',
    note: 'Telegram says all its apps have Report buttons for flagging illegal content to its moderators (FAQ changed in 2024). Choose the reason that fits.',
  },
  liveNotes: [
    'Admins of Telegram groups and channels can start voice chats, video chats and live streams, with no limit on how many people join.',
  ],
  notes: [
    'No parental controls were found on Telegram.',
    'Since September 2024 Telegram’s terms allow it to give the IP address and phone number of rule-breakers to the authorities.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['ages', 'privacy', 'reporting', 'live'],
  sources: [
    {
      url: 'https://github.com/TelegramOfficial/Terms',
      title: 'Copy of Telegram’s Terms of Service text on GitHub (EU/UK age clause)',
      official: false,
    },
    {
      url: 'https://intentchat.app/blog/en-GB/telegram-0012-telegram-contacts-private-chat',
      title: 'IntentChat: Telegram contacts and phone number privacy',
      official: false,
    },
    {
      url: 'https://truthvoices.com/?p=61065',
      title: 'Telegram FAQ change on reporting (Sept 2024)',
      official: false,
    },
    {
      url: 'https://stickers.wiki/faq/i-found-illegal-content-where-can-i-report-it/',
      title: 'Stickers.wiki: how to report content on Telegram',
      official: false,
    },
    {
      url: 'https://vc.ru/telegram/2283684-pryamye-efiry-v-telegram-dlya-ios',
      title: 'vc.ru: live streams in Telegram (Russian)',
      official: false,
    },
    {
      url: 'https://www.businesstoday.in/technology/telegram-introduces-voice-chats-for-channels-to-take-on-clubhouse-twitter-spaces/story/434511.html',
      title: 'Business Today: Telegram voice chats for channels (22 Mar 2021)',
      official: false,
    },
    {
      url: 'https://casianews.com/those-who-violate-the-rules-of-the-telegram-messenger-will-be-handed-over-to-law-enforcement-agencies/8612',
      title: 'Casia News: Telegram terms update (24 Sept 2024)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://web.telegram.org/k/', 'https://t.me/example'],
  },
} satisfies SiteEntry;
