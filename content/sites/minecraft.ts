import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'minecraft',
  name: 'Minecraft',
  hosts: ['minecraft.net'],
  excludeHosts: ['help.minecraft.net'],
  linkDomains: ['support.microsoft.com'],
  ageNote:
    'Minecraft needs a Microsoft account. Accounts for under-16s in the US and EU (under-19s in South Korea) are child accounts whose settings only the parent account can change. Parental consent rules depend on the country.',
  privacySteps: [
    {
      text: 'Sign in as the parent, choose your child, and set "You can join multiplayer games" to Allow or Block.',
      path: 'account.xbox.com/settings → your child → Privacy & online safety',
    },
    {
      text: 'Set "Others can communicate with voice, text, or invites" to Friends only or Block.',
      path: 'account.xbox.com/settings → your child → Privacy & online safety',
    },
    {
      text: 'Java Edition has no Xbox parental controls, so check which servers your child joins.',
    },
  ],
  familyTools: [
    {
      name: 'Xbox Family Settings',
      description:
        'Minecraft’s parental controls are set through the Xbox Family Settings app or the Microsoft family group. "Manage Minecraft" covers chat, multiplayer (Realms and servers), community creations and Xbox Clubs.',
      url: 'https://help.minecraft.net/hc/en-us/articles/4408968616077-How-to-Manage-Parental-Consent-Family-Settings-and-Realms-Multiplayer-Access-for-a-Child-Account',
    },
  ],
  reporting: {
    url: 'https://help.minecraft.net/hc/en-us/articles/7149823936781-Player-Reporting-in-Minecraft-Java-Edition',
    path: 'Java Edition: Social Interactions screen (key P) or pause menu → select the player → Report → choose the chat messages, name or skin → category → Submit',
    note: 'Bedrock Edition (from a third-party guide): pause the game → player list → select the player → Report → choose a category.',
  },
  safetyCentreUrl:
    'https://help.minecraft.net/hc/en-us/articles/4408968616077-How-to-Manage-Parental-Consent-Family-Settings-and-Realms-Multiplayer-Access-for-a-Child-Account',
  safetyCentreLabel: 'Minecraft Help: child accounts and family settings',
  confidence: 'partly-official',
  thirdPartySections: ['privacy'],
  sources: [
    {
      url: 'https://help.minecraft.net/hc/en-us/articles/4408968616077-How-to-Manage-Parental-Consent-Family-Settings-and-Realms-Multiplayer-Access-for-a-Child-Account',
      title: 'Minecraft Help: Parental consent, family settings and multiplayer for a child account',
      official: true,
    },
    {
      url: 'https://help.minecraft.net/hc/en-us/articles/7149823936781-Player-Reporting-in-Minecraft-Java-Edition',
      title: 'Minecraft Help: Player reporting in Java Edition',
      official: true,
    },
    {
      url: 'https://support.microsoft.com/en-us/help/4090274/microsoft-account-parental-consent-and-child-accounts',
      title: 'Microsoft Support: Parental consent and child accounts',
      official: true,
    },
    {
      url: 'https://nettkompass.pages.dev/en/apper/minecraft/',
      title: 'Nettkompass: Minecraft settings guide',
      official: false,
    },
    {
      url: 'https://windowsforum.com/threads/microsoft-account-gaming-options-family-child-account.425883/post-986520',
      title: 'Windows Forum: Microsoft account gaming options for a child account (2026)',
      official: false,
    },
    {
      url: 'https://help.cubecraft.net/en/article/xbox-family-settings-guide-1pojia0/',
      title: 'CubeCraft Help: Xbox Family Settings guide',
      official: false,
    },
    {
      url: 'https://www.internetmatters.org/parental-controls/gaming-consoles/minecraft/',
      title: 'Internet Matters: Minecraft parental controls',
      official: false,
    },
    {
      url: 'https://afkgaming.com/esports/guide/how-to-report-a-player-in-minecraft',
      title: 'AFK Gaming: How to report a player in Minecraft',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://www.minecraft.net/en-us', 'https://www.minecraft.net/en-us/store'],
  },
} satisfies SiteEntry;
