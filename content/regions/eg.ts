import type { RegionEntry } from '../../utils/content-schema';

/**
 * Egypt: researched 2026-12-02 (issue 16). Confidence C: no page of the National Council for
 * Childhood and Motherhood (NCCM) or the police was found; 16000 rests on Egyptian press from 2009
 * to 2025 (the 2025 item reports the council's own figures, including online blackmail), and 122
 * on a 2025 report quoting the health ministry's spokesperson. No national online form for
 * reporting grooming, INHOPE hotline or parents' line was found.
 */
export const EG: RegionEntry = {
  code: 'EG',
  name: 'Egypt',
  emergency: '122',
  lines: [
    {
      kind: 'police',
      name: 'Police (emergency 122)',
      description: 'If a child is in danger now, call the police on 122.',
      phone: '122',
    },
    {
      kind: 'helpline-children',
      name: 'Child Helpline 16000 (National Council for Childhood and Motherhood)',
      description:
        "Free and open day and night. Children, or any adult who sees a child in danger, can report violence, abuse or neglect, including blackmail online; reports are confidential. The council works with the Public Prosecution's child protection office.",
      phone: '16000',
    },
  ],
  sources: [
    {
      url: 'https://aleqaria.com.eg/post/details/283508/%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%82%D9%88%D9%85%D9%8A-%D9%84%D9%84%D8%B7%D9%81%D9%88%D9%84%D8%A9-%D9%8A%D9%86%D9%82%D8%B0-179-%D8%B7%D9%81%D9%84%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D8%AE%D8%AA%D8%A7%D9%86-%D9%88%D9%8A%D9%88%D9%82%D9%81-107-%D8%AD%D8%A7%D9%84%D8%A7%D8%AA-%D8%B2%D9%88%D8%A7%D8%AC-%D9%85%D8%A8%D9%83%D8%B1',
      title:
        'Al-Eqaria (2025): NCCM half-year report on the Child Helpline 16000 (reports include online blackmail; work with the Public Prosecution)',
      official: false,
    },
    {
      url: 'https://darelhilal.com/News/2721359.aspx',
      title: 'Dar El Hilal: the Child Helpline works 24 hours, reports are confidential',
      official: false,
    },
    {
      url: 'https://dailynewsegypt.com/2009/07/19/childrens-hotline-morphs-into-family-advice-service',
      title: 'Daily News Egypt (2009): NCCM hotline 16000, toll-free, 24 hours',
      official: false,
    },
    {
      url: 'https://www.masress.com/elfagr/3527402',
      title: 'El Fagr: the child rescue line is 16000',
      official: false,
    },
    {
      url: 'https://todayheadline.co/blaze-at-cairo-telecommunications-building-injures-22-mostly-from-smoke-inhalation/',
      title: 'Today Headline (2025-07-08): emergency police number 122 (health ministry spokesperson)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
