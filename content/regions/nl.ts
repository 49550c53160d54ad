import type { RegionEntry } from '../../utils/content-schema';

/** Netherlands: from `../shared/research/facts/reporting.md` (NL). */
export const NL: RegionEntry = {
  code: 'NL',
  name: 'Netherlands',
  emergency: '112',
  lines: [
    {
      kind: 'police',
      name: 'Police (Politie)',
      description:
        'Report sexual approaches to children online, or child sexual abuse images. If a child is in danger now, call 112; otherwise call 0900-8844.',
      url: 'https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html',
      phone: '0900-8844',
    },
    {
      kind: 'helpline-children',
      name: "De Kindertelefoon (children's helpline)",
      description: 'Free and anonymous, for 8 to 18 year olds, every day, by phone or chat.',
      phone: '0800-0432',
    },
    {
      kind: 'csam-hotline',
      name: 'Meldpunt Kinderporno (Offlimits)',
      description:
        'Report child sexual abuse images or videos on the open internet, anonymously. You need the web address.',
      url: 'https://meldpunt-kinderporno.nl/wat-melden',
    },
    {
      kind: 'image-removal',
      name: 'Helpwanted (Offlimits)',
      description:
        'Free, anonymous help when nude images are shared or someone is blackmailing a young person (sextortion), for young people and worried parents. As a trusted flagger it can get images and accounts removed.',
      url: 'https://www.helpwanted.nl/en',
      phone: '020 261 52 75',
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
  reviewed: '2026-11-23',
};
