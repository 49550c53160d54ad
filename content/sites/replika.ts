import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'replika',
  name: 'Replika',
  hosts: ['replika.com'],
  linkDomains: ['hwb.gov.wales'],
  minimumAge: 18,
  ageNote:
    'You must be 18 to send messages to a Replika. There is no age check: users type in their own date of birth. Guides from 2022 said 13+ with a parent’s consent.',
  reporting: {
    note: 'We found no Replika page on reporting. A 2022 guide says Replika’s tools are limited to reporting bugs or the AI’s responses to its developers.',
  },
  youngPersonTips: [
    'Replika is an AI chatbot made for adults, not a person. If you feel you can only talk to it, please talk to someone you trust too.',
  ],
  notes: [
    'Replika is an AI companion chatbot on the web and in apps. The more it learns about the user, the more personal its replies become.',
    'Common Sense Media found that AI companions like Replika carry unacceptable risks for children and should not be used by anyone under 18 (as cited by the Welsh Government).',
    'Sources on Replika are thin: we found no Replika help page on age, settings or reporting.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['ages', 'reporting'],
  sources: [
    {
      url: 'https://hwb.gov.wales/keeping-safe-online/in-the-know/replika',
      title: 'Hwb (Welsh Government): Replika (18 to send messages, no age verification)',
      official: true,
    },
    {
      url: 'https://ineqe.com/2022/01/20/replika-ai-friend/',
      title: 'INEQE Safeguarding Group: Replika (2022; 13+ with parental consent then, reporting limited)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://replika.com/'],
  },
} satisfies SiteEntry;
