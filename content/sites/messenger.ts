import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'messenger',
  name: 'Messenger (Meta)',
  hosts: ['messenger.com'],
  linkDomains: ['familycenter.meta.com', 'facebook.com'],
  ageNote:
    'Messenger uses a Facebook account, and Facebook’s minimum age is 13. Since April 2025 (worldwide from about September 2025) under-18s on Facebook and Messenger get Teen Accounts with stricter settings.',
  privacySteps: [
    {
      text: 'Check who can start a chat with your child. People they are not connected with can only send a message request; replying connects them and shows what was sent, and photos in a request stay hidden until it is accepted.',
    },
    {
      text: 'Choose who can see your child’s Story, for example Friends only.',
      path: 'Profile picture → Story → Edit',
    },
    {
      text: 'Turn off activity status if you don’t want others to see when your child is online.',
      path: 'Profile picture → Availability → Off',
    },
  ],
  familyTools: [
    {
      name: 'Teen Accounts',
      description:
        'For under-18s on Facebook and Messenger: private by default, messages only from people your teen follows or has messaged before, a reminder after 60 minutes and quiet mode overnight. Under-16s need a parent’s permission to loosen these settings.',
      url: 'https://familycenter.meta.com/our-products/facebook-messenger',
    },
    {
      name: 'Supervision (Meta Family Center)',
      description: 'Supervise your teen’s Facebook and Messenger settings through Meta’s Family Center.',
      url: 'https://familycenter.meta.com/our-products/facebook-messenger',
    },
  ],
  reporting: {
    url: 'https://www.messenger.com/help/1165699260192280',
    label: 'Messenger Help: reporting conversations',
    path: 'On messenger.com: open the chat → Privacy and Support (right) → Something’s Wrong → choose a category → Send Feedback',
    note: 'Meta reviews up to the 30 most recent messages of a reported conversation in the EU, and up to 100 elsewhere. You can also block the person.',
  },
  safetyCentreUrl: 'https://www.messenger.com/privacy-safety-controls',
  safetyCentreLabel: 'Messenger: privacy and safety controls',
  youngPersonTips: [
    'If someone asks you for nude photos on Messenger, you can just say no: it is not allowed. Leave the chat, block them, report them and tell an adult you trust.',
    'If someone threatens to share things you want kept private, or asks you for money, block and report them, and tell an adult you trust. It can be reported to the police.',
  ],
  confidence: 'official',
  sources: [
    {
      url: 'https://www.messenger.com/help/1165699260192280',
      title: 'Messenger Help: Reporting conversations',
      official: true,
    },
    {
      url: 'https://www.messenger.com/help/messenger-app/833709093422928',
      title: 'Messenger Help: Report a conversation (up to 30 messages reviewed in the EU, 100 elsewhere)',
      official: true,
    },
    {
      url: 'https://www.messenger.com/help/332733030944722/',
      title: 'Messenger Help: How can I stay safe in Messenger? (message requests, hidden media)',
      official: true,
    },
    {
      url: 'https://www.messenger.com/help/499077007530115/',
      title: 'Messenger Help: A relationship in Messenger that makes you uncomfortable (with ConnectSafely)',
      official: true,
    },
    {
      url: 'https://www.messenger.com/privacy-safety-controls',
      title: 'Messenger: Safety in Messenger (Story audience, activity status)',
      official: true,
    },
    {
      url: 'https://familycenter.meta.com/our-products/facebook-messenger',
      title: 'Meta Family Center: Facebook and Messenger (supervision, Teen Accounts)',
      official: true,
    },
    {
      url: 'https://www.facebook.com/help/contact/209046679279097',
      title: 'Facebook Help: Report an underage child (minimum age 13)',
      official: true,
    },
    {
      url: 'https://firstguards.org/article/meta-launches-teen-accounts-for-facebook-and-messenger-here-s-what-that-means',
      title: 'First Guards: Teen Accounts for Facebook and Messenger (April 2025)',
      official: false,
    },
    {
      url: 'https://www.newsbytesapp.com/news/science/meta-s-teen-accounts-on-facebook-messenger-now-available-globally/story',
      title: 'NewsBytes: Teen Accounts on Facebook and Messenger worldwide (26 Sep 2025)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.messenger.com/', 'https://www.messenger.com/t/1234567890'],
  },
} satisfies SiteEntry;
