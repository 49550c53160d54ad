import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'bereal',
  name: 'BeReal',
  hosts: ['bereal.com', 'bere.al'],
  excludeHosts: ['help.bereal.com'],
  linkDomains: ['hwb.gov.wales'],
  minimumAge: 13,
  ageNote: 'BeReal does not check ages when people sign up.',
  privacySteps: [
    {
      text: 'Keep the account private (friends only), which is the default. Don’t switch on the public “Discovery” option.',
    },
    {
      text: 'Share posts with “My Friends” rather than “Friends of Friends”.',
    },
    {
      text: 'Leave location sharing off, and stop others finding your child by their phone number.',
    },
  ],
  reporting: {
    url: 'https://help.bereal.com/hc/en-us/requests/new?ticket_form_id=9867378603549',
    note: 'Reports through this form are confidential. Posts, profiles and chats can also be reported in the app.',
  },
  youngPersonTips: [
    'To block someone on BeReal, open their profile and tap the three dots at the top right.',
    'Reports to BeReal through its form are confidential.',
  ],
  notes: [
    'BeReal has no parental controls. It now has messaging (RealChat) and group chats, which older guides don’t mention.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['privacy'],
  sources: [
    {
      url: 'https://help.bereal.com/hc/en-us/requests/new?ticket_form_id=9867378603549',
      title: 'BeReal Help: report form',
      official: true,
    },
    {
      url: 'https://help.bereal.com/hc/sv/articles/9775866279453-Blockera-en-anv%C3%A4ndare',
      title: 'BeReal Help (Swedish): Block a user',
      official: true,
    },
    {
      url: 'https://bereal.com/en/announcement/',
      title: 'BeReal: RealChat announcement (messages can be reported, users blocked)',
      official: true,
    },
    {
      url: 'https://hwb.gov.wales/keeping-safe-online/in-the-know/bereal',
      title: 'Hwb (Welsh Government): BeReal, in the know (age 13, private by default, no age checks)',
      official: true,
    },
    {
      url: 'https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/digital-parenting-pro/bereal/',
      title: 'Vodafone Digital Parenting: BeReal (sharing, location, no parental controls)',
      official: false,
    },
    {
      url: 'https://childnet.com/?p=9865',
      title: 'Childnet: BeReal (Private or Discovery at sign-up)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://bereal.com/', 'https://bere.al/exampleuser'],
  },
} satisfies SiteEntry;
