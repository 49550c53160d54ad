import type { RegionEntry } from '../../utils/content-schema';

/** Australia: from `../shared/research/facts/reporting.md` (AU). */
export const AU: RegionEntry = {
  code: 'AU',
  name: 'Australia',
  emergency: '000',
  lines: [
    {
      kind: 'report',
      name: 'Australian Centre to Counter Child Exploitation (ACCCE)',
      description:
        'Report online grooming, sextortion or other sexual exploitation of anyone under 18, through the online form. For people in Australia.',
      url: 'https://www.accce.gov.au/report',
    },
    {
      kind: 'helpline-children',
      name: 'Kids Helpline',
      description:
        'Free, private counselling for 5 to 25 year olds. The phone line is open any time; there is WebChat too, with long waits at busy times.',
      url: 'https://yourtown.com.au/apps/webcounselling/live/chat',
      phone: '1800 55 1800',
    },
    {
      kind: 'csam-hotline',
      name: 'eSafety Commissioner: illegal content',
      description:
        'Report child sexual abuse material you find online, anonymously if you like. You do not have to report it to the platform first.',
      url: 'https://esafety.gov.au/report/illegal-harmful-content/what-we-can-investigate',
    },
    {
      kind: 'image-removal',
      name: 'eSafety Commissioner: image-based abuse',
      description:
        'Help to remove intimate images or videos shared, or threatened to be shared, without consent, including sextortion. A parent or carer can report for a child under 16. If the young person is under 18, also report to the ACCCE.',
      url: 'https://www.esafety.gov.au/report/image-based-abuse',
    },
    {
      kind: 'police',
      name: 'Crime Stoppers',
      description: 'To give information about child exploitation anonymously.',
      phone: '1800 333 000',
    },
  ],
  sources: [
    { url: 'https://www.accce.gov.au/report', title: 'ACCCE: Report', official: true },
    {
      url: 'https://www.accce.gov.au/help-and-support/how-and-what-to-report',
      title: 'ACCCE: How and what to report',
      official: true,
    },
    {
      url: 'https://esafety.gov.au/report/illegal-harmful-content/what-we-can-investigate',
      title: 'eSafety Commissioner: What we can investigate',
      official: true,
    },
    {
      url: 'https://esafety.gov.au/key-issues/Illegal-restricted-content/how-esafety-can-help',
      title: 'eSafety Commissioner: How eSafety can help (illegal content)',
      official: true,
    },
    {
      url: 'https://www.esafety.gov.au/report/image-based-abuse',
      title: 'eSafety Commissioner: Report image-based abuse',
      official: true,
    },
    {
      url: 'https://www.esafety.gov.au/report/image-based-abuse/making-a-report-faq',
      title: 'eSafety Commissioner: Making a report (FAQ)',
      official: true,
    },
    {
      url: 'https://www.thinkuknow.org.au/index.php/get-help/what-we-dont-do',
      title: 'ThinkUKnow Australia: What we don’t do',
      official: true,
    },
    {
      url: 'https://yourtown.com.au/apps/webcounselling/live/chat',
      title: 'Kids Helpline (yourtown): WebChat',
      official: true,
    },
    {
      url: 'https://www.healthdirect.gov.au/australian-health-services/healthcare-service/virtual/kids-helpline/parenting-and-family-support/d10bd0b6-ccdc-f931-4e60-af7b09787dcf',
      title: 'healthdirect: Kids Helpline',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
};
