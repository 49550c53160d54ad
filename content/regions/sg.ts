import type { RegionEntry } from '../../utils/content-schema';

/**
 * Singapore: researched 2026-12-02 (issue 16). Confidence B: 999 and Tinkle Friend from the
 * Singapore Children's Society's own pages; the police's role from press reports of its
 * operations. No online reporting form, INHOPE hotline or parents' line was found.
 */
export const SG: RegionEntry = {
  code: 'SG',
  name: 'Singapore',
  emergency: '999',
  lines: [
    {
      kind: 'police',
      name: 'Singapore Police Force',
      description:
        'Report online sexual exploitation of a child, sextortion (threats to share intimate images) or sexual communication with a minor to the police. In an emergency call 999.',
      phone: '999',
    },
    {
      kind: 'helpline-children',
      name: "Tinkle Friend (Singapore Children's Society)",
      description:
        'A free national helpline and chat for primary-school children who feel lonely or distressed, especially when their parents or carers are not around.',
      phone: '1800 2744 788',
    },
  ],
  sources: [
    {
      url: 'https://www.tinklefriend.sg/terms',
      title: 'Tinkle Friend: terms (in a crisis contact the police, 999)',
      official: true,
    },
    {
      url: 'https://www.childrensociety.org.sg/breaking-barriers-for-children-to-seek-help',
      title: "Singapore Children's Society (2023): Tinkle Friend helpline 1800 2744 788 and chatline",
      official: true,
    },
    {
      url: 'https://www.channelnewsasia.com/singapore/online-child-abuse-porn-arrests-cross-border-operation-5044101',
      title:
        'CNA (2025-04-04): Singapore Police Force arrests for child sexual abuse material, threats to distribute intimate images, sexual communication with a minor',
      official: false,
    },
    {
      url: 'https://www.straitstimes.com/singapore/272-arrested-in-singapore-hk-and-s-korea-over-online-child-sexual-abuse-crimes',
      title: 'The Straits Times (2024-04-05): police operation against online child sexual exploitation',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
