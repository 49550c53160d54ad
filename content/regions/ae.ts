import type { RegionEntry } from '../../utils/content-schema';

/**
 * United Arab Emirates: researched 2026-12-02 (issue 16). Confidence A/B: the Ministry of Interior
 * Child Protection Centre and its 116111 hotline from Abu Dhabi Police's and the centre's own
 * pages; 999 for emergencies from a 2023 report of the ministry's statement. The hotline takes
 * reports from children as well as adults; no separate children's counselling line was found.
 */
export const AE: RegionEntry = {
  code: 'AE',
  name: 'United Arab Emirates',
  emergency: '999',
  lines: [
    {
      kind: 'report',
      name: 'Ministry of Interior Child Protection Centre (116111)',
      description:
        "Children and adults can report abuse or neglect of a child, online or offline, free by phone, through the ministry's Hemayati app or on the centre's website. The police act on every report, and the ministry has a unit for children's protection online. In an emergency call 999.",
      url: 'https://moi-cpc.ae/en/faq.aspx',
      phone: '116111',
    },
  ],
  sources: [
    {
      url: 'https://www.adpolice.gov.ae/en/Media-Center/News/2021/06/17/The-Hotline--a-Safety-Net-to-Protect-Children',
      title:
        'Abu Dhabi Police (2021): the toll-free 116111 hotline and the Hemayati app for reporting child abuse',
      official: true,
    },
    {
      url: 'https://moi-cpc.ae/en/faq.aspx',
      title: 'MoI Child Protection Centre: FAQ (anyone can contact the centre)',
      official: true,
    },
    {
      url: 'https://pledgetimes.com/the-ministry-of-interior-allows-children-to-report-cases-of-abuse-against-them/',
      title: 'Pledge Times (2023-05-09): reporting by 116111, website, email or Hemayati; emergencies 999',
      official: false,
    },
    {
      url: 'https://pledgetimes.com/the-ministry-of-the-interior-creates-a-special-unit-to-protect-children-digitally/',
      title: "Pledge Times: the Ministry of Interior's unit for children's digital protection",
      official: false,
    },
    {
      url: 'https://www.khaleejtimes.com/uae/hotline-to-help-protect-children-from-abuse',
      title: 'Khaleej Times (2015-11-16): 116111 launched for reporting child abuse, online or offline',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
