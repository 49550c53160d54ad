import type { RegionEntry } from '../../utils/content-schema';

/**
 * Austria: researched 2026-12-02 (issue 16). Confidence A: the police (Bundeskriminalamt), Rat auf
 * Draht and Stopline from their own pages; emergency numbers from the police and the regulator RTR.
 * No separate parents' number was found (147 also advises parents and carers).
 */
export const AT: RegionEntry = {
  code: 'AT',
  name: 'Austria',
  emergency: '133 or 112',
  lines: [
    {
      kind: 'police',
      name: 'Police (Bundeskriminalamt reporting office)',
      description:
        'Grooming a child online is a crime in Austria. Report it, or child sexual abuse images, at any police station or by email to the reporting office of the Federal Criminal Police Office. If a child is in danger now, call 133.',
      url: 'https://bundeskriminalamt.at/305/start.aspx',
      email: 'meldestelle@interpol.at',
    },
    {
      kind: 'helpline-children',
      name: '147 Rat auf Draht',
      description:
        'Free, anonymous advice for children and young people, any time; the call does not show on the phone bill. Parents and carers can call too.',
      phone: '147',
    },
    {
      kind: 'csam-hotline',
      name: 'Stopline',
      description:
        "Austria's hotline for child sexual abuse images online, recognised by the authorities. Reports are anonymous; Stopline passes them to the police and to partner hotlines abroad.",
      url: 'https://www.stopline.at/de/faqs/faqs/meldungen',
      email: 'office@stopline.at',
    },
  ],
  sources: [
    {
      url: 'https://bundeskriminalamt.at/305/start.aspx',
      title: 'Bundeskriminalamt: Online-Kindesmissbrauch (grooming is a crime; meldestelle@interpol.at)',
      official: true,
    },
    {
      url: 'https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147',
      title: 'Rat auf Draht (2024): 25 years of 147, free, any time, not on the phone bill',
      official: true,
    },
    {
      url: 'https://kurier.at/wissen/familienberatungsstellen-merken-der-druck-wird-hoeher/400489741',
      title: 'Kurier (2019): Rat auf Draht also advises parents and carers',
      official: false,
    },
    {
      url: 'https://www.stopline.at/de/faqs/faqs/meldungen',
      title: 'Stopline: FAQ, reports (stopline.at/melden, office@stopline.at)',
      official: true,
    },
    {
      url: 'https://elternseite.at/de/themen/5-fragen-stopline',
      title: 'Rat auf Draht Elternseite: 5 questions to Stopline (anonymous; recognised by the authorities)',
      official: true,
    },
    {
      url: 'https://rtr.at/TKP/was_wir_tun/telekommunikation/konsumentenservice/information/informationen_fuer_konsumenten/TKKS_Notrufe.de.html',
      title: 'RTR: emergency numbers (112, 133 police, 147 for children and young people)',
      official: true,
    },
    {
      url: 'https://polizei.gv.at/wien/start.aspx?ctrl=3734335266674D385951343D&nwid=6744344F4F5178367A2F493D&nwo=7',
      title: 'Polizei Wien: police emergency 133 and 112',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
};
