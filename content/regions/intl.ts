import type { RegionEntry } from '../../utils/content-schema';

/** Other countries: from `../shared/research/facts/reporting.md` (INTL). */
export const INTL: RegionEntry = {
  code: 'INTL',
  name: 'Other countries',
  emergency: 'your local emergency number',
  lines: [
    {
      kind: 'report',
      name: 'INHOPE (international network of hotlines)',
      description:
        "Report child sexual abuse images or videos to your country's national hotline; INHOPE's website leads to it. INHOPE itself cannot take reports. For nude images of someone under 18, NCMEC's free Take It Down service works worldwide.",
      url: 'https://inhope.org/EN/articles/about-inhope',
    },
    {
      kind: 'helpline-children',
      name: '116 111 (child helpline number in many European countries)',
      description:
        'The Europe-wide number for child helplines. In many European countries it reaches the helpline for children and young people.',
      phone: '116 111',
    },
  ],
  sources: [
    { url: 'https://inhope.org/EN/articles/about-inhope', title: 'INHOPE: About INHOPE', official: true },
    {
      url: 'https://www.icmec.org/education-portal/reporting-mechanisms/',
      title: 'ICMEC: Reporting mechanisms',
      official: false,
    },
    {
      url: 'https://telekom.com/de/medien/medieninformationen/detail/kinder-und-jugendtelefon-neu-unter-europaweit-einheitlicher-rufnummer-116111-erreichbar-341738',
      title: 'Deutsche Telekom: Kinder- und Jugendtelefon unter europaweit einheitlicher Rufnummer 116111',
      official: false,
    },
    {
      url: 'https://talkheart2heart.org/resources/take-it-down/',
      title: 'Talk Heart 2 Heart (2023-03-07): Take It Down',
      official: false,
    },
  ],
  reviewed: '2026-11-23',
};
