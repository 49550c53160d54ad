import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'xbox',
  name: 'Xbox',
  hosts: ['xbox.com'],
  excludeHosts: ['support.xbox.com'],
  linkDomains: ['microsoft.com'],
  ageNote:
    'Xbox encourages a child account for any child 13 or under who uses an Xbox. Parental consent rules depend on the country.',
  privacySteps: [
    {
      text: 'Set voice and text chat to "Friends only" to start.',
      path: 'Xbox Family Settings app → your child → Privacy & online safety → Xbox Live privacy',
    },
    {
      text: 'On the web, check both the Privacy tab and the Online Safety tab for your child.',
      path: 'account.xbox.com/settings → your child → Privacy & online safety',
    },
  ],
  familyTools: [
    {
      name: 'Xbox Family Settings',
      description:
        'In the Xbox Family Settings app (iOS and Android) or a Microsoft family group: screen time, spending (ask to buy), content filters by age, who can communicate with your child, and online multiplayer. Only a parent in the family group can change a child account’s Xbox privacy and online settings.',
      url: 'https://www.xbox.com/en-US/family-hub',
      path: 'On the console: Xbox button → Profile & system → Settings → Account → Family settings → Manage family members',
    },
  ],
  reporting: {
    url: 'https://support.xbox.com/en-GB/browse/xbox-one/security/Safety%20tools',
    label: 'Xbox Support: safety tools',
    path: 'Xbox button → People → Recently played with → the player’s profile → Report or block → Report → pick a reason → Submit',
    note: 'These steps come from third-party guides. The linked Xbox support page lists Xbox’s own articles on filing a complaint and on muting or blocking players.',
  },
  safetyCentreUrl: 'https://www.xbox.com/en-US/family-hub',
  notes: [
    'UK: adult accounts are asked to verify their age. From early 2026, unverified accounts can only use voice and text chat, game invites and looking-for-group posts with friends. Child accounts set up by parents do not go through this check.',
  ],
  confidence: 'partly-official',
  thirdPartySections: ['privacy', 'reporting'],
  sources: [
    {
      url: 'https://www.xbox.com/en-US/family-hub',
      title: 'Xbox Family Hub',
      official: true,
    },
    {
      url: 'https://www.xbox.com/en-NZ/family-hub/child-account',
      title: 'Xbox: Child accounts',
      official: true,
    },
    {
      url: 'https://support.microsoft.com/en-us/help/4090274/microsoft-account-parental-consent-and-child-accounts',
      title: 'Microsoft Support: Parental consent and child accounts',
      official: true,
    },
    {
      url: 'https://support.xbox.com/en-GB/browse/xbox-one/security/Safety%20tools',
      title: 'Xbox Support: Safety tools',
      official: true,
    },
    {
      url: 'https://news.microsoft.com/en-au/features/microsoft-releases-the-xbox-gaming-safety-toolkit/',
      title: 'Microsoft Australia: Xbox Gaming Safety Toolkit',
      official: true,
    },
    {
      url: 'https://secureyourkidsdevice.com/guides/gaming.html',
      title: 'Secure Your Kids’ Device: gaming guide',
      official: false,
    },
    {
      url: 'https://windowsforum.com/threads/microsoft-account-gaming-options-family-child-account.425883/post-986520',
      title: 'Windows Forum: Microsoft account gaming options for a child account (2026)',
      official: false,
    },
    {
      url: 'https://www.gameslearningsociety.org/wiki/how-do-i-report-abuse-on-xbox/',
      title: 'Games Learning Society: How to report abuse on Xbox',
      official: false,
    },
    {
      url: 'https://games-able.techidaily.com/navigating-the-reporting-process-for-uncivil-players-xbox',
      title: 'Reporting uncivil players on Xbox',
      official: false,
    },
    {
      url: 'https://www.windowscentral.com/gaming/xbox-adds-uk-age-checks-social-features-to-lock-in-2026-without-id',
      title: 'Windows Central: Xbox UK age checks',
      official: false,
    },
    {
      url: 'https://www.techjuice.pk/microsoft-expands-xbox-age-verification-beyond-the-uk/',
      title: 'TechJuice: Xbox age verification (1 Aug 2025)',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://www.xbox.com/en-US/family-hub', 'https://account.xbox.com/en-US/settings'],
  },
} satisfies SiteEntry;
