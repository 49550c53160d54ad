import type { RegionEntry } from '../../utils/content-schema';

/**
 * Switzerland: researched 2026-12-02 (issue 16). Confidence B: 147 from Pro Juventute's own page,
 * 117/112 from the federal civil protection office (Alertswiss); the parents' line from a 2022
 * press release. No national online form for reporting grooming and no INHOPE hotline were found:
 * the cantonal police investigate, so the police come first.
 */
export const CH: RegionEntry = {
  code: 'CH',
  name: 'Switzerland',
  emergency: '117 or 112',
  lines: [
    {
      kind: 'police',
      name: 'Police (cantonal police)',
      description:
        'In Switzerland the cantonal police investigate sexual offences against children, including grooming online and sexual images of children. Report it at any police station. If a child is in danger now, call 117.',
      phone: '117',
    },
    {
      kind: 'helpline-children',
      name: '147 (Pro Juventute)',
      description:
        'Free, confidential advice for children and young people, any time, in German, French and Italian: call 147, chat on WhatsApp through 147.ch, or email.',
      url: 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147',
      phone: '147',
    },
    {
      kind: 'helpline-parents',
      name: "Pro Juventute Elternberatung (parents' advice)",
      description: 'Advice for parents, any time, by phone or email.',
      phone: '058 261 61 61',
    },
  ],
  sources: [
    {
      url: 'https://www.fedpol.admin.ch/fedpol/de/home/kriminalitaet/paedokriminalitaet.html',
      title: 'fedpol: Pädokriminalität (prosecution by the cantons; fedpol coordinates)',
      official: true,
    },
    {
      url: 'https://www.bote.ch/nachrichten/schweiz/kindesmissbrauch-polizei-warnt-vor-annaehrungsversuchen-ueber-internet;art177490,1281152',
      title:
        'Bote der Urschweiz: Swiss Crime Prevention campaign against grooming, carried by the cantonal police',
      official: false,
    },
    {
      url: 'https://blog.alertswiss.ch/de/rubriken/news-babs/europaeischer-tag-des-notrufs-112/',
      title: 'Alertswiss (BABS, 2022): 117 police, 118, 144 and 112',
      official: true,
    },
    {
      url: 'https://www.srf.ch/sendungen/einstein/kleiner-wegweiser-durch-den-notrufnummern-dschungel',
      title: 'SRF: 112 and 117 (police)',
      official: false,
    },
    {
      url: 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147',
      title: 'Pro Juventute: Beratung + Hilfe 147 (phone, WhatsApp chat, email; any time; free)',
      official: true,
    },
    {
      url: 'https://www.presseportal.ch/de/pm/100000148/100895817',
      title: 'Presseportal (2022): Pro Juventute Elternberatung +41 (0) 58 261 61 61, any time',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
