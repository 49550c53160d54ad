import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'youtube-kids',
  name: 'YouTube Kids',
  hosts: ['youtubekids.com'],
  linkDomains: ['support.google.com'],
  ageNote:
    'Made for children: a profile’s content setting can be Preschool (4 and under), Younger (5–7), Older (8–12), or Approved content only.',
  privacySteps: [
    {
      text: 'Turn off search, so your child only sees the recommended videos on the home screen.',
      path: 'Lock icon → passcode → Settings → your child’s profile → your parent account password → Search off',
    },
    {
      text: 'Choose the content setting for your child’s age, or Approved content only, where you pick each collection, channel or video yourself.',
      path: 'Lock icon → Settings → your child’s profile → Preschool / Younger / Older / Approved content only',
    },
    {
      text: 'Block any channel you don’t want your child to see.',
      path: '⋮ on one of its videos → Block this channel',
    },
  ],
  familyTools: [
    {
      name: 'Parent account and child profiles',
      description:
        'Set yourself up as the parent with your Google account and add a profile for each child, each with its own content settings, behind a passcode only you know.',
    },
  ],
  reporting: {
    url: 'https://support.google.com/youtubekids/answer/6130562',
    label: 'YouTube Kids Help: report an inappropriate video',
    path: 'On the video: More (top corner of the player) → Report → choose inappropriate visuals, inappropriate audio or other',
    note: 'If you are signed in when you report a video, it is blocked in the app straight away. Reported videos are reviewed around the clock.',
  },
  youngPersonTips: [
    'If a video on YouTube Kids scares or upsets you, stop watching and tell an adult. They can report and block it.',
  ],
  notes: [
    'No automatic filter catches everything: videos that look child-friendly can still contain upsetting content.',
    'The settings steps come from school and parent guides, not from YouTube’s own help pages.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['privacy', 'familyTools'],
  sources: [
    {
      url: 'https://support.google.com/youtubekids/answer/6130562',
      title: 'YouTube Kids Help: Report an inappropriate video (read in its Marathi version)',
      official: true,
    },
    {
      url: 'https://onlinesafety.cityacademynorwich.org/youtube-kids',
      title:
        'City Academy Norwich: Keep your child safe on YouTube Kids (search, content settings, approved content)',
      official: false,
    },
    {
      url: 'https://streamsafekids.com/parent-guide',
      title: 'StreamSafe Kids: parent guide (blocking a channel in YouTube Kids)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.youtubekids.com/'],
  },
} satisfies SiteEntry;
