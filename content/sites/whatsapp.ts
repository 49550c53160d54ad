import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'whatsapp',
  name: 'WhatsApp',
  hosts: ['whatsapp.com'],
  excludeHosts: ['faq.whatsapp.com'],
  minimumAge: 13,
  ageNote: '13 everywhere, including the UK and EU, since 11 April 2024. Older guides still say 16.',
  privacySteps: [
    {
      text: 'Run Privacy Checkup to choose who can contact your child, who can add them to groups and whether calls from unknown numbers are silenced.',
      path: '⋮ (More options) → Settings → Privacy → Privacy Checkup',
    },
    {
      text: 'Set who can add your child to groups to My Contacts, so strangers can’t put them in a group.',
      path: 'Settings → Privacy → Groups (older versions: Settings → Account → Privacy → Groups)',
    },
    {
      text: 'Set Last seen and online, Profile photo, About and Status to My Contacts, so people your child doesn’t know can’t see them.',
      path: 'Settings → Privacy',
    },
  ],
  familyTools: [
    {
      name: 'Parent-managed accounts (under 13)',
      description:
        'New in March 2026 and rolling out in some regions: a parent links the child’s phone with a QR code and sets a 6-digit PIN. The child gets messages and calls only; message requests and group invites need the PIN, and the parent is told when the child adds, blocks or reports a contact.',
    },
  ],
  reporting: {
    url: 'https://faq.whatsapp.com/1142481766359885/',
    path: 'Open the chat → tap the contact’s name → Report Contact → Report and Block',
    note: 'When you report someone, WhatsApp receives the last five messages from that person or group.',
  },
  safetyCentreUrl: 'https://faq.whatsapp.com/773166357950949/',
  safetyCentreLabel: 'WhatsApp Help: Teen Information Center',
  youngPersonTips: [
    'If someone you don’t know messages you on WhatsApp, you can block or report them straight from that first chat.',
  ],
  notes: ['WhatsApp has no live streaming.'],
  confidence: 'official',
  thirdPartySections: ['ages', 'familyTools'],
  sources: [
    {
      url: 'https://faq.whatsapp.com/1142481766359885/',
      title: 'WhatsApp Help: How to block and report contacts',
      official: true,
    },
    {
      url: 'https://faq.whatsapp.com/143990998547188/',
      title: 'WhatsApp Help: Privacy Checkup',
      official: true,
    },
    {
      url: 'https://faq.whatsapp.com/773166357950949/',
      title: 'WhatsApp Help: Teen Information Center',
      official: true,
    },
    {
      url: 'https://tweakers.net/nieuws/220810/whatsapp-verlaagt-minimumleeftijd-europese-gebruikers-van-16-naar-13-jaar.html',
      title: 'Tweakers: WhatsApp lowers minimum age for European users from 16 to 13',
      official: false,
    },
    {
      url: 'https://headtopics.com/uk/whatsapp-lowers-minimum-age-to-13-sparking-controversy-50750313',
      title: 'WhatsApp lowers minimum age to 13 (12 Apr 2024)',
      official: false,
    },
    {
      url: 'https://www.newindianexpress.com/lifestyle/tech/2026/Mar/13/whatsapp-introduces-parent-controlled-accounts-for-children-under-13',
      title: 'New Indian Express: WhatsApp introduces parent-controlled accounts for under-13s (13 Mar 2026)',
      official: false,
    },
    {
      url: 'https://www.freepressjournal.in/tech/whatsapp-rolls-out-parent-linked-accounts-for-under-13s-how-does-it-work',
      title: 'Free Press Journal: WhatsApp parent-linked accounts for under-13s (12 Mar 2026)',
      official: false,
    },
    {
      url: 'https://techbriefly.com/2026/03/12/whatsapp-adds-parental-controls-for-users-under-age-13/',
      title: 'TechBriefly: WhatsApp adds parental controls for under-13s (12 Mar 2026)',
      official: false,
    },
    {
      url: 'https://indianexpress.com/article/technology/techook/whatsapp-heres-how-to-change-group-privacy-settings-7396657/',
      title: 'Indian Express: how to change WhatsApp group privacy settings (2021)',
      official: false,
    },
    {
      url: 'https://www.deccanherald.com/business/technology/whatsapp-simple-steps-on-how-to-block-spams-on-messenger-app-1208213.html',
      title: 'Deccan Herald: reporting sends WhatsApp the last five messages (10 Apr 2023)',
      official: false,
    },
    {
      url: 'https://nettkompass.pages.dev/en/apper/whatsapp/',
      title: 'Nettkompass: WhatsApp privacy settings (Last seen and online, Profile photo, About, Status)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://web.whatsapp.com/', 'https://www.whatsapp.com/'],
  },
} satisfies SiteEntry;
