import type { RegionEntry } from '../../utils/content-schema';

/** India: from `../shared/research/facts/reporting.md` (IN). */
export const IN: RegionEntry = {
  code: 'IN',
  name: 'India',
  emergency: '112',
  lines: [
    {
      kind: 'report',
      name: 'National Cyber Crime Reporting Portal',
      description:
        'The government portal for reporting online crime. Use the section for crimes against women and children to report child sexual abuse material. Reports can be anonymous.',
      url: 'https://cybercrime.gov.in/Accept.aspx',
    },
    {
      kind: 'helpline-children',
      name: 'Childline 1098',
      description:
        'A free, 24-hour emergency helpline for children who need care and protection. The government is bringing it together with the 112 emergency service, state by state; it has said 1098 keeps working.',
      phone: '1098',
    },
  ],
  sources: [
    {
      url: 'https://cybercrime.gov.in/Accept.aspx',
      title: 'National Cyber Crime Reporting Portal: Report crime related to women/child',
      official: true,
    },
    {
      url: 'https://www.firstpost.com/tech/news-analysis/portal-launched-to-file-complaints-about-sexually-explicit-content-online-5233361.html',
      title: 'Firstpost (2018-09-21): Portal launched',
      official: false,
    },
    {
      url: 'https://www.thehindu.com/news/national/childline-to-be-merged-with-emergency-response-support-system-in-nine-states-and-union-territories/article66991061.ece',
      title: 'The Hindu (2023-06-20): Childline to be merged with ERSS-112',
      official: false,
    },
    {
      url: 'https://www.etvbharat.com/english/national/bharat/childline-1098-is-not-being-transferred-to-ministry-of-home-affairs/na20220914190723519519823',
      title: 'ETV Bharat (2022-09-14): Childline 1098',
      official: false,
    },
    {
      url: 'https://www.cnbctv18.com/india/childline-national-emergency-number-report-children-distress-call-explained-14743071.htm/amp',
      title: 'CNBC-TV18 (2022-09-18): Childline and the 112 emergency number',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
