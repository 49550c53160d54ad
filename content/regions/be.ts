import type { RegionEntry } from '../../utils/content-schema';

/**
 * Belgium: researched 2026-12-02 (issue 16). Confidence B/C: the emergency numbers come from the
 * federal police's own page; Child Focus (116 000) and Écoute-Enfants (103) rest on the public
 * broadcaster RTBF, Brussels' schools portal and dated press, not on their own pages. Awel, the
 * Flemish children's helpline, is named but its number was not found in a source, so it is left
 * out; so is the address of Child Focus's reporting point for abuse images (only ever cited).
 */
export const BE: RegionEntry = {
  code: 'BE',
  name: 'Belgium',
  emergency: '101 (police) or 112',
  lines: [
    {
      kind: 'report',
      name: 'Child Focus',
      description:
        "Belgium's foundation for missing and sexually exploited children. Call it about grooming, sextortion or nude images shared without consent: it can intervene and, through its work with the big platforms, get images removed. It also runs Belgium's reporting point for child sexual abuse images. Free, day and night.",
      phone: '116 000',
    },
    {
      kind: 'helpline-children',
      name: "Écoute-Enfants 103 (children's helpline, French-speaking)",
      description:
        'Free and anonymous listening line for children and teenagers in Wallonia and Brussels. In Flanders, Awel is the helpline for children and young people.',
      phone: '103',
    },
  ],
  sources: [
    {
      url: 'https://www.police.be/5998/fr/contact/numeros-durgence',
      title: 'Police fédérale: emergency numbers (112; 101 for the police)',
      official: true,
    },
    {
      url: 'https://www.rtbf.be/info/dossier/bon-a-savoir/detail_100-101-112-quel-numero-appeler-en-cas-d-urgence?id=9196536',
      title: 'RTBF: 100, 101, 112, and Child Focus 116 000',
      official: false,
    },
    {
      url: 'https://fr.metrotime.be/2018/03/29/actualite/en-20-ans-child-focus-a-lance-plus-de-2-300-campagnes-dappels-a-temoins/',
      title: 'Metro (2018): Child Focus emergency line 116 000, 24/7',
      official: false,
    },
    {
      url: 'https://fr.metrotime.be/2019/06/04/news/importante-hausse-du-nombre-de-signalements-dimages-dabus-sexuel-denfants/',
      title: 'Metro (2019): Child Focus analyses reports of child sexual abuse images (INHOPE)',
      official: false,
    },
    {
      url: 'https://www.lalibre.be/belgique/societe/2023/06/08/lintegrite-sexuelle-des-enfants-en-danger-sur-les-reseaux-sociaux-Y4GZA7OCOFECNJBDEOM3BZ4RLU/',
      title: 'La Libre (2023): Child Focus on sextortion and grooming; removal with the platforms',
      official: false,
    },
    {
      url: 'https://bx1.be/categories/news/sextorsion-sexting-grooming-child-focus-tire-la-sonnette-dalarme-70-des-victimes-avaient-moins-de-13-ans/',
      title: 'BX1 (2025): Child Focus advises parents to call it about sextortion and grooming',
      official: false,
    },
    {
      url: 'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758',
      title: 'RTBF (2022): Écoute-Enfants 103, free, funded by the Fédération Wallonie-Bruxelles',
      official: false,
    },
    {
      url: 'https://schoolinschakeling.brussels/acteurs/ecoute-enfants-103',
      title: 'School in schakeling (Brussels): Écoute-Enfants 103, anonymous and free',
      official: true,
    },
    {
      url: 'https://childhelplineinternational.org/20-years-20-voices-awel-belgium/',
      title: 'Child Helpline International: Awel, the Flemish helpline for children and adolescents',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
};
