import type { RegionEntry } from '../../utils/content-schema';

/** France: from `../shared/research/facts/reporting.md` (FR). */
export const FR: RegionEntry = {
  code: 'FR',
  name: 'France',
  emergency: '17 or 112',
  lines: [
    {
      kind: 'report',
      name: 'PHAROS (official reporting platform)',
      description:
        'The police and gendarmerie platform for reporting illegal content online, including sexual images of children and sexual approaches to a child online. For private messages from someone you know, go to the police or gendarmerie.',
      url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/R17674',
    },
    {
      kind: 'helpline-children',
      name: '3018 (online violence helpline)',
      description:
        'For young people facing online violence: cyberbullying, intimate images shared, webcam blackmail. Free and anonymous, by phone, chat or app. It can fast-track removal with platforms, and it advises parents too.',
      phone: '3018',
    },
    {
      kind: 'helpline-children',
      name: '119 – Allô Enfance en Danger (children in danger)',
      description:
        'The national line for children in danger and for adults worried about a child. Free, any time, and it does not show on phone bills.',
      phone: '119',
    },
    {
      kind: 'csam-hotline',
      name: 'Point de Contact',
      description:
        'Report child sexual abuse images or videos online, anonymously if you like. It alerts the French authorities and asks hosts to remove the content.',
      url: 'https://www.pointdecontact.net',
    },
  ],
  sources: [
    {
      url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/R17674',
      title: 'Service-Public.fr: PHAROS',
      official: true,
    },
    {
      url: 'https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos',
      title: 'Ma Sécurité: Le portail officiel de signalement des contenus illicites (PHAROS)',
      official: true,
    },
    {
      url: 'https://mairie-villetaneuse.fr/actualites/le-3018-un-numero-gratuit-et-une-app-pour-les-victimes-de-cyberharcelement',
      title: 'Mairie de Villetaneuse (2023): Le 3018',
      official: false,
    },
    {
      url: 'https://www.20minutes.fr/by-the-web/4022711-20230213-3018-accueille-parole-victimes-cyberviolences-365-jours-an',
      title: '20 Minutes (2023-02): Le 3018, 365 jours par an',
      official: false,
    },
    {
      url: 'https://ville-lunion.fr/?p=49640',
      title: "Ville de L'Union: le 3018 pour les parents",
      official: false,
    },
    {
      url: 'https://solidarites-sante.gouv.fr/affaires-sociales/familles-enfance/pacte-pour-l-enfance/lutte-contre-les-violences-faites-aux-enfants/article/119-allo-enfance-en-danger',
      title: 'Ministère des Solidarités: 119 – Allô Enfance en Danger',
      official: true,
    },
    {
      url: 'https://madinin-art.net/119-allo-enfance-en-danger-un-numero-pour-les-situations-durgence',
      title: 'Madinin’Art: 119 Allô Enfance en Danger (17, 112)',
      official: false,
    },
    { url: 'https://www.pointdecontact.net', title: 'Point de Contact', official: true },
    {
      url: 'https://pointdecontact.net/le-reseau-inhope',
      title: 'Point de Contact: le réseau INHOPE',
      official: true,
    },
  ],
  reviewed: '2026-11-23',
};
