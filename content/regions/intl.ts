import type { RegionEntry } from '../../utils/content-schema';

/**
 * Every country without its own entry: from `../shared/research/facts/reporting.md` (INTL).
 * Leads with a place that takes reports (the Virtual Global Taskforce, or the local police),
 * because INHOPE's secretariat cannot take reports itself (issue 15). The VGT's own site was only
 * ever seen over http, so the link is the National Crime Agency's https page about the VGT and the
 * VGT address is named as text.
 */
export const INTL: RegionEntry = {
  code: 'INTL',
  name: 'Other countries',
  emergency: 'your local emergency number',
  lines: [
    {
      kind: 'report',
      name: 'Virtual Global Taskforce (VGT), or your local police',
      description:
        'To report online child sexual abuse or grooming where your country has no national place to report it: the VGT, an international alliance of police forces, takes reports through the Report Abuse button on its website, virtualglobaltaskforce.com. You can also go to your local police. If a child is in danger now, call your local emergency number.',
      url: 'https://nationalcrimeagency.gov.uk/virtual-global-taskforce/',
    },
    {
      kind: 'helpline-children',
      name: 'Child Helpline International (find your child helpline)',
      description:
        "Child Helpline International's members are the national children's helplines in most countries; its website lists them. In many European countries 116 111 reaches the helpline for children and young people.",
      url: 'https://childhelplineinternational.org/about/members/',
      phone: '116 111',
    },
    {
      kind: 'csam-hotline',
      name: 'INHOPE (find your national hotline)',
      description:
        "Report child sexual abuse images or videos to your country's national hotline: INHOPE is the network of those hotlines and its website leads to them. INHOPE itself cannot take reports.",
      url: 'https://inhope.org/EN/articles/about-inhope',
    },
    {
      kind: 'image-removal',
      name: 'Take It Down (NCMEC)',
      description:
        'For anyone, anywhere in the world, with a nude or sexual image or video taken before they were 18: Take It Down helps stop it being shared on the platforms that take part. It is free and anonymous, and the image never leaves your device.',
      url: 'https://takeitdown.ncmec.org/faq/',
    },
  ],
  sources: [
    {
      url: 'https://nationalcrimeagency.gov.uk/virtual-global-taskforce/',
      title: 'National Crime Agency: Virtual Global Taskforce',
      official: true,
    },
    {
      url: 'https://www.ceop.police.uk/Contact-Us/What-you-can-report-here/',
      title: 'CEOP: What you can report here (outside the UK, report through the VGT website)',
      official: true,
    },
    {
      url: 'https://www.accce.gov.au/report',
      title: 'ACCCE: Report (people outside Australia are pointed to the VGT)',
      official: true,
    },
    {
      url: 'https://childhelplineinternational.org/about/members/',
      title: 'Child Helpline International: Members',
      official: true,
    },
    { url: 'https://inhope.org/EN/articles/about-inhope', title: 'INHOPE: About INHOPE', official: true },
    {
      url: 'https://www.icmec.org/education-portal/reporting-mechanisms/',
      title: 'ICMEC: Global reporting mechanisms (VGT, INHOPE, Child Helpline International)',
      official: false,
    },
    {
      url: 'https://telekom.com/de/medien/medieninformationen/detail/kinder-und-jugendtelefon-neu-unter-europaweit-einheitlicher-rufnummer-116111-erreichbar-341738',
      title: 'Deutsche Telekom (2008): 116 111, the Europe-wide child helpline number',
      official: false,
    },
    { url: 'https://takeitdown.ncmec.org/faq/', title: 'NCMEC Take It Down: FAQ', official: true },
    {
      url: 'https://talkheart2heart.org/resources/take-it-down/',
      title: 'Talk Heart 2 Heart (2023-03-07): Take It Down',
      official: false,
    },
  ],
  reviewed: '2026-11-24',
};
