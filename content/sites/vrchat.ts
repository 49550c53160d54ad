import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'vrchat',
  name: 'VRChat',
  hosts: ['vrchat.com'],
  excludeHosts: ['help.vrchat.com', 'docs.vrchat.com', 'wiki.vrchat.com'],
  minimumAge: 13,
  ageNote: 'Children under 13 may not use VRChat or create an account.',
  privacySteps: [
    {
      text: 'Check the Safety Shield settings. They are set by Trust Rank and have a Custom level for finer control.',
    },
    {
      text: 'Show your child Safe Mode, muting, blocking and hiding avatars, and the Go Home button, which leaves a world at once.',
    },
  ],
  reporting: {
    path: 'Quick Menu → report icon (top right), or select a user → Report',
    note: 'Reports are anonymous. VRChat recommends also sending a moderation report on its help centre (help.vrchat.com), where evidence can be attached.',
  },
  safetyCentreUrl: 'https://help.vrchat.com/hc/en-us/articles/33301610887443-Safety-Resources-For-Parents',
  youngPersonTips: [
    'If someone makes you uncomfortable, press Go Home to leave straight away, then block and report them from the Quick Menu. Reports are anonymous.',
  ],
  notes: [
    'VRChat has no parental controls; its parents’ page gives guidance only.',
    'Age verification (now called Age Assurance) is optional and uses a government ID and a selfie. Verified 18+ users can enter age-gated group spaces.',
  ],
  confidence: 'partly-official',
  sources: [
    {
      url: 'https://help.vrchat.com/hc/en-us/articles/33301610887443-Safety-Resources-For-Parents',
      title: 'VRChat Help: Safety resources for parents',
      official: true,
    },
    {
      url: 'https://wiki.vrchat.com/index.php?diff=cur&oldid=27115&title=Trust_and_Safety',
      title: 'VRChat Wiki: Trust and Safety',
      official: true,
    },
    {
      url: 'https://wiki.vrchat.com/index.php?direction=next&oldid=45979&title=Reporting',
      title: 'VRChat Wiki: Reporting',
      official: true,
    },
    {
      url: 'https://hello.vrchat.com/blog/age-verification',
      title: 'VRChat blog: Age verification',
      official: true,
    },
    {
      url: 'https://wiki.vrchat.com/index.php?diff=82357&oldid=22108&title=Age_Assurance',
      title: 'VRChat Wiki: Age Assurance',
      official: true,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://vrchat.com/home', 'https://hello.vrchat.com/'],
  },
} satisfies SiteEntry;
