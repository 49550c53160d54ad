import type { RegionEntry } from '../../utils/content-schema';

/** Netherlands: from `../shared/research/facts/reporting.md` (NL). */
export const NL: RegionEntry = {
  code: 'NL',
  name: 'Netherlands',
  emergency: '112',
  lines: [
    {
      kind: 'report',
      name: 'Offlimits: Helpwanted (sexual approaches to children online)',
      description:
        'The police ask you to share sexual approaches to children online (in a chat or on webcam) with Offlimits, the Dutch centre against online child abuse. Its Helpwanted service gives free, anonymous help to young people and parents, also when nude images are shared or a young person is blackmailed (sextortion); as a trusted flagger it can get images and accounts removed.',
      url: 'https://www.helpwanted.nl/en',
      phone: '020 261 52 75',
    },
    {
      kind: 'helpline-children',
      name: "De Kindertelefoon (children's helpline)",
      description: 'Free and anonymous, for 8 to 18 year olds, every day, by phone or chat.',
      phone: '0800-0432',
    },
    {
      kind: 'police',
      name: 'Police (Politie): abuse images in chat apps or on social media',
      description:
        'If you see child sexual abuse images in a chat app or on social media, report them to the police on this number. If a child is in danger now, call 112; otherwise, and to make a formal complaint (aangifte), call 0900-8844.',
      url: 'https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html',
      phone: '+31 (0)6 428 346 35',
    },
    {
      kind: 'csam-hotline',
      name: 'Meldpunt Kinderporno (Offlimits)',
      description:
        'Report child sexual abuse images or videos on the open internet, anonymously. You need the web address.',
      url: 'https://meldpunt-kinderporno.nl/wat-melden',
    },
    {
      kind: 'helpline-parents',
      name: 'Veilig Thuis',
      description: 'When you suspect abuse of a child close to you.',
      phone: '0800-2000',
    },
  ],
  sources: [
    {
      url: 'https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html',
      title: 'Politie: Dit kunt u doen als u kinderporno tegenkomt op het internet',
      official: true,
    },
    {
      url: 'https://meldpunt-kinderporno.nl/wat-melden',
      title: 'Meldpunt Kinderporno: Wat melden',
      official: true,
    },
    { url: 'https://meldpunt-kinderporno.nl/faq', title: 'Meldpunt Kinderporno: FAQ', official: true },
    {
      url: 'https://www.vriendenkindertelefoon.nl/kindertelefoon',
      title: 'Vrienden van De Kindertelefoon: De Kindertelefoon',
      official: false,
    },
    { url: 'https://www.helpwanted.nl/en', title: 'Helpwanted', official: true },
    {
      url: 'https://www.helpwanted.nl/informatie-voor-scholieren-en-studenten',
      title: 'Helpwanted: Informatie voor scholieren en studenten',
      official: true,
    },
    {
      url: 'https://www.offlimits.nl/nieuws/helpwanted-ziet-verdubbeling-sextortion',
      title: 'Offlimits (2024-06-11): Helpwanted ziet verdubbeling sextortion',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
};
