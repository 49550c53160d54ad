import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'tumblr',
  name: 'Tumblr',
  hosts: ['tumblr.com'],
  excludeHosts: ['help.tumblr.com'],
  linkDomains: ['esafety.gov.au'],
  minimumAge: 13,
  ageNote: 'Accounts under 18 cannot see content labelled mature.',
  privacySteps: [
    {
      text: 'Password-protect the blog so only people with the password can see it. For a new secondary blog, tick "Password protect this blog" when creating it.',
    },
    {
      text: 'Opt out of being found by the email address the account was registered with.',
    },
  ],
  reporting: {
    url: 'https://help.tumblr.com/hc/en-us/articles/226270628-Reporting-offensive-content',
    path: 'Post: ⋯ (three dots) → choose a report option. Blog: open the blog → person icon (app) or ⋯ (desktop web) → Report',
    note: 'eSafety also advises emailing links to the posts (permalinks) to abuse@tumblr.com. Anonymous messages can be blocked by IP address.',
  },
  liveNotes: [
    'Tumblr Live closed on 24 January 2024. Nobody can go live or watch streams on Tumblr any more; older guides that describe it are out of date.',
  ],
  notes: ['Tumblr has no parental controls.'],
  confidence: 'third-party',
  thirdPartySections: ['live'],
  sources: [
    {
      url: 'https://www.esafety.gov.au/esafety-information/games-apps-and-social-networking/tumblr',
      title: 'eSafety Commissioner (Australia): Tumblr',
      official: true,
    },
    {
      url: 'https://help.tumblr.com/hc/en-us/articles/226270628-Reporting-offensive-content',
      title:
        'Tumblr Help: Reporting offensive content (report a post from ⋯, a blog from the person icon or ⋯; not in the shared research, read from a stored copy Dec 2026)',
      official: true,
    },
    {
      url: 'https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/digital-parenting-pro/tumblr/',
      title: 'Vodafone Digital Parenting: Tumblr',
      official: false,
    },
    {
      url: 'https://wp.brinbellway.net/tag/the-great-tumblr-apocalypse/',
      title: 'Reblog of Tumblr staff post: Tumblr Live ends (24 Jan 2024)',
      official: false,
    },
    {
      url: 'https://gizmodo.com.au/2024/01/tumblr-live-is-now-tumblr-dead/',
      title: 'Gizmodo Australia: Tumblr Live is now Tumblr dead (Jan 2024)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://www.tumblr.com/dashboard', 'https://example.tumblr.com/post/123456789'],
  },
} satisfies SiteEntry;
