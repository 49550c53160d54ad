import type { RegionEntry } from '../../utils/content-schema';

/**
 * Philippines: researched 2026-12-02 (issue 16). Confidence B: the Department of Social Welfare
 * and Development's list of hotlines (2021) and government news (2024). The regional police and
 * cybercrime numbers on the 2021 list predate Manila's move to 8-digit numbers, so they are left
 * out; no INHOPE hotline was found.
 */
export const PH: RegionEntry = {
  code: 'PH',
  name: 'Philippines',
  emergency: '911',
  lines: [
    {
      kind: 'report',
      name: 'Makabata Helpline 1383 (Council for the Welfare of Children)',
      description:
        "Report online sexual abuse and exploitation of children (OSAEC), including sexual images of children. The police's Anti-Cybercrime Group responds to cases reported here and works to take the material down.",
      phone: '1383',
    },
    {
      kind: 'helpline-children',
      name: 'Bantay Bata 163',
      description:
        'A helpline for children who are abused or need help, on the government’s list of child hotlines.',
      phone: '163',
    },
    {
      kind: 'police',
      name: 'Philippine National Police (Patrol 911)',
      description: 'If a child is in danger now, call 911.',
      phone: '911',
    },
  ],
  sources: [
    {
      url: 'https://www.dswd.gov.ph/dswd-partners-call-for-heightened-vigilance-against-child-abuse-amid-ecq/',
      title: 'DSWD (2021): hotlines for abused children (PNP Patrol 911, Bantay Bata 163)',
      official: true,
    },
    {
      url: 'https://radyopilipinas.ph/?p=82791',
      title:
        'Radyo Pilipinas (2024): PNP Anti-Cybercrime Group responds to OSAEC reports to the Makabata Helpline 1383',
      official: false,
    },
    {
      url: 'https://www.pna.gov.ph/articles/1216727',
      title:
        'Philippine News Agency (2024): CWC works with the PNP and NBI against online child sexual abuse',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
};
