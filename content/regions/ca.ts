import type { RegionEntry } from '../../utils/content-schema';

/** Canada: from `../shared/research/facts/reporting.md` (CA). */
export const CA: RegionEntry = {
  code: 'CA',
  name: 'Canada',
  emergency: '911',
  lines: [
    {
      kind: 'report',
      name: 'Cybertip.ca',
      description:
        "Canada's national tipline for online sexual exploitation of children: luring (grooming), sextortion, or nudes being shared. Reports can be anonymous, and parents can call too. The Canadian Centre for Child Protection, which runs it, also offers NeedHelpNow to help get nude images removed.",
      url: 'https://www.cybertip.ca/app/en/',
      phone: '1-866-658-9022',
    },
    {
      kind: 'helpline-children',
      name: 'Kids Help Phone',
      description:
        'Free, confidential support for young people in English and French. Call or text any time. There is a live chat too; the sources disagree on its hours, so check them on the Kids Help Phone website.',
      url: 'https://kidshelpphone.ca/text-about-it/',
      phone: '1-800-668-6868',
      text: 'Text CONNECT to 686868',
    },
    {
      kind: 'image-removal',
      name: 'NeedHelpNow.ca (Canadian Centre for Child Protection)',
      description:
        "For under-18s whose nude is being shared, or who face sextortion or luring: steps to get the picture taken down, and a support team that can send removal notices. Cybertip.ca's page explains the options and takes calls on 1-866-658-9022.",
      url: 'https://www.cybertip.ca/app/en/report-sharing_sexual_pictures',
    },
  ],
  sources: [
    { url: 'https://www.cybertip.ca/app/en/', title: 'Cybertip.ca', official: true },
    {
      url: 'https://www.cybertip.ca/app/en/report-sharing_sexual_pictures',
      title: 'Cybertip.ca: Your nude is online. Now what? (removal steps, toll-free line)',
      official: true,
    },
    {
      url: 'https://www.cybertip.ca/app/en/about-how_it_works',
      title: 'Cybertip.ca: How it works',
      official: true,
    },
    { url: 'https://www.cybertip.ca/app/en/about', title: 'Cybertip.ca: About', official: true },
    {
      url: 'https://www.protectkidsonline.ca/app/en/report_concerning_behaviour',
      title: 'Protect Kids Online (Canadian Centre for Child Protection): Report concerning behaviour',
      official: true,
    },
    {
      url: 'https://protectchildren.ca/en/press-and-media/news-releases/2024/sextortion-information-campaign',
      title: 'Canadian Centre for Child Protection (2024): Sextortion information campaign',
      official: true,
    },
    {
      url: 'https://kidshelpphone.ca/text-about-it/',
      title: 'Kids Help Phone: Text about it',
      official: true,
    },
    {
      url: 'https://www.maplenow.ca/fr/site/kids-help-phone',
      title: 'Maple Now: Kids Help Phone (phone number)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
