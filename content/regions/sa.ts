import type { RegionEntry } from '../../utils/content-schema';

/**
 * Saudi Arabia: researched 2026-12-02 (issue 16). Confidence C: no page of the Interior Ministry or
 * the National Family Safety Program (NFSP) was found. 911 (the unified number, region by region
 * since 2019) and 999 rest on 2024 press and an expat guide; the Child Helpline 116111 on Saudi
 * Gazette reports (2015, 2023). No national online form for reporting grooming, INHOPE hotline or
 * parents' line was found.
 */
export const SA: RegionEntry = {
  code: 'SA',
  name: 'Saudi Arabia',
  emergency: '911 or 999',
  lines: [
    {
      kind: 'police',
      name: 'Police (911 or 999)',
      description:
        "Report a crime, including one against a child, to the police on 911 (the unified emergency number in Riyadh, Makkah, Madinah and the Eastern Province) or 999, or through the Interior Ministry's Kollona Amn app.",
      phone: '911',
    },
    {
      kind: 'helpline-children',
      name: 'Child Helpline 116111 (National Family Safety Program)',
      description:
        'Free and confidential for children and teenagers under 18 facing abuse, neglect or other problems; family members can call too. It refers urgent cases to the authorities.',
      phone: '116111',
    },
  ],
  sources: [
    {
      url: 'https://gulfpress.net/?p=415490',
      title:
        'Gulf Press: 911, the unified emergency number (Makkah, Madinah, Riyadh, Eastern Province), since 2019',
      official: false,
    },
    {
      url: 'https://expat.com/en/guide/middle-east/saudi-arabia/34695-emergencies-in-saudi-arabia.html',
      title: 'Expat.com (2024-10-16): emergency 911 or 999; report a crime by phone or the Kollona Amn app',
      official: false,
    },
    {
      url: 'https://www.zawya.com/en/business/healthcare/saudi-arabias-911-attended-to-2-558-741-emergency-calls-in-july-s7135rta',
      title: 'Zawya (2023): the National Center for Security Operations answers 911',
      official: false,
    },
    {
      url: 'https://ksaplayers.com/Ksahome/NewsDetial/?nid=31847299',
      title:
        'Okaz/Saudi Gazette (2023): NFSP Child Helpline 116 111, free and confidential, for under-18s; referral of urgent cases',
      official: false,
    },
    {
      url: 'https://sauress.com/en/saudigazette/1142829',
      title: 'Saudi Gazette: NFSP hotline 116111 for children or family members of children facing abuse',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
