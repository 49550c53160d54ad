import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'likee',
  name: 'Likee',
  hosts: ['likee.video'],
  ageNote:
    'Guides disagree about Likee’s minimum age and we found no official rule. Check the current age in Likee’s terms.',
  privacySteps: [
    {
      text: 'Turn on “Hide Location” so other users can’t see where your child is. Guides say location is shown by default.',
    },
  ],
  reporting: {
    path: 'A video: ⋮ at the bottom right → Report → choose a reason → add details → Report. A user: their profile → ⋮ at the top right → Block → Confirm.',
    note: 'These steps come from a guide, not from Likee.',
  },
  youngPersonTips: [
    'On Likee your videos may be seen by people you don’t know. You can report a video from the ⋮ menu, or block someone from their profile.',
  ],
  notes: [
    'Guides report that Likee accounts cannot be made private, so anyone may be able to see your child’s videos.',
    'Guides say Likee’s in-app parental controls do not work well, and we found no official family tool.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['privacy', 'reporting'],
  sources: [
    {
      url: 'https://vpnoverview.com/internet-safety/kids-online/is-likee-safe/',
      title: 'VPNOverview: Is Likee safe? (age, privacy, parental controls)',
      official: false,
    },
    {
      url: 'https://www.elternguide.online/en/tag/social-en/',
      title: 'Elternguide.online: social apps (Likee age under its terms)',
      official: false,
    },
    {
      url: 'https://newsletters.naavi.com/i/9MLLP4M/issue-7/page/13',
      title: 'Naavi newsletter: Likee (different minimum age)',
      official: false,
    },
    {
      url: 'https://www.oursaferschools.co.uk/2019/07/31/%E2%9A%A0%EF%B8%8F-likee-have-you-heard-of-this-video-app/',
      title: 'Our Safer Schools: Likee, have you heard of this video app? (2019)',
      official: false,
    },
    {
      url: 'https://howto.help/how-to-block-and-report-inappropriate-content-on-likee',
      title: 'howto.help: How to block and report inappropriate content on Likee',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: [
      'https://likee.video/',
      'https://likee.video/@exampleuser',
      'https://likee.video/@exampleuser/video/7012345678901234567',
      'https://likee.video/v/AbCdEf',
    ],
  },
} satisfies SiteEntry;
