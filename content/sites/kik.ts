import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'kik',
  name: 'Kik',
  hosts: ['kik.com'],
  excludeHosts: ['help.kik.com'],
  linkDomains: ['netsafe.org.nz'],
  minimumAge: 13,
  ageNote:
    'Kik’s terms bar under-13s, and teens aged 13 to 18 need a parent’s or guardian’s permission before they start using it (as Netsafe summarises them).',
  privacySteps: [
    {
      text: 'Block anyone your child does not want to hear from. The other person is not told, and their messages are hidden.',
      path: 'From the chat: Profile icon (top right) → More → Block → Block',
    },
    {
      text: 'On iPhone you can also block from the settings.',
      path: 'Settings → Privacy → Block List → + → choose the person → Block',
    },
    {
      text: 'Messages from someone new arrive separately; your child can delete, block or report them without replying.',
    },
    {
      text: 'Pick a username that is hard to guess and is not your child’s real name, and share it and the Kik Code only with people they know and trust.',
    },
  ],
  reporting: {
    url: 'https://help.kik.com/hc/en-us/articles/4402400774043-What-can-I-do-if-my-teen-has-received-an-unwanted-or-inappropriate-message',
    label: 'Kik Help: if your teen received an unwanted or inappropriate message',
    path: 'Block and report straight from the chat the messages came in',
    note: 'Kik cannot see messages sent between users, so take screenshots of worrying messages before you block (Netsafe’s advice), as long as they show no sexual image of a child. Kik advises your teen not to reply.',
  },
  youngPersonTips: [
    'If someone you don’t know messages you on Kik, you don’t have to answer. Block or report them, and tell an adult you trust.',
  ],
  notes: ['We found no parental controls in Kik.'],
  confidence: 'partly-official',
  thirdPartySections: ['ages'],
  sources: [
    {
      url: 'https://help.kik.com/hc/en-us/articles/4402400774043-What-can-I-do-if-my-teen-has-received-an-unwanted-or-inappropriate-message',
      title:
        'Kik Help: What can I do if my teen has received an unwanted or inappropriate message? (blocking, reporting)',
      official: true,
    },
    {
      url: 'https://www.netsafe.org.nz/staying-safe-online-kik/',
      title: 'Netsafe (New Zealand): Staying safe online with Kik (terms on age, screenshots, new chats)',
      official: true,
    },
    {
      url: 'https://connectsafely.org/kikguide/',
      title: 'ConnectSafely: The Parent’s Guide to Kik (2017; usernames, no age verification)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.kik.com/'],
  },
} satisfies SiteEntry;
