import type { RegionEntry } from '../../utils/content-schema';

/**
 * Poland: researched 2026-12-02 (issue 16). Dyżurnet.pl is the INHOPE hotline run by NASK and takes
 * reports of grooming as well as abuse images; the Empowering Children Foundation (FDDS) runs
 * 116 111 and the parents' line 800 100 100. Confidence B: the hotline and 116 111 rest on their
 * own pages; 800 100 100 rests on the EU Safer Internet Centre profile (whose address for the line
 * is 800100100.pl) and a 2025 magazine page. Phone hours conflict, so they are left out.
 */
export const PL: RegionEntry = {
  code: 'PL',
  name: 'Poland',
  emergency: '112',
  lines: [
    {
      kind: 'report',
      name: 'Dyżurnet.pl (NASK hotline)',
      description:
        "Poland's hotline for illegal content online, run by the state research institute NASK. Report child sexual abuse material and online grooming of children (uwodzenie); give the web address. Reports can be anonymous, and it passes them to the police.",
      url: 'https://dyzurnet.pl/faq.html',
    },
    {
      kind: 'helpline-children',
      name: "116 111 – Telefon Zaufania dla Dzieci i Młodzieży (children's helpline)",
      description:
        'Free, anonymous helpline for children and young people, run by the Empowering Children Foundation (Fundacja Dajemy Dzieciom Siłę), with a chat at 116111.pl. It helps with online problems such as grooming.',
      phone: '116 111',
    },
    {
      kind: 'helpline-parents',
      name: '800 100 100 (helpline for parents and teachers)',
      description:
        "Free helpline for parents and professionals worried about a child's safety online, run by the Empowering Children Foundation.",
      phone: '800 100 100',
    },
  ],
  sources: [
    {
      url: 'https://dyzurnet.pl/faq.html',
      title: 'Dyżurnet.pl: FAQ (illegal content, grooming)',
      official: true,
    },
    {
      url: 'https://pcpr-limanowa.pl/blog/2020/02/21/nie-badz-bierny-pomoz-reaguj-zglos-nielegalne-tresci',
      title: 'PCPR Limanowa (2020): report illegal content to Dyżurnet.pl; anonymous; grooming reports',
      official: true,
    },
    {
      url: 'https://www.tubachorzowa.pl/artykul/3532,zglos-nielegalne-i-szkodliwe-tresci-w-internecie',
      title: 'Tuba Chorzowa: Dyżurnet.pl (NASK) works with the police',
      official: false,
    },
    {
      url: 'https://media.fdds.pl/369032-jeszcze-wiecej-wsparcia-w-telefonie-zaufania-dla-dzieci-i-mlodziezy-116-111-fundacji-dajemy-dzieciom-sile',
      title: 'Fundacja Dajemy Dzieciom Siłę: 116 111, children’s helpline (chat at 116111.pl)',
      official: true,
    },
    {
      url: 'https://www.betterinternetforkids.eu/web/poland/profile',
      title:
        'Better Internet for Kids: Polish Safer Internet Centre (116 111; helpline for parents and professionals, 800100100.pl; Dyżurnet.pl)',
      official: true,
    },
    {
      url: 'https://stylzycia.polki.pl/zdrowie/choroby/17-maja-miedzynarodowy-dzien-telefonow-zaufania-dla-dzieci/',
      title: 'Polki.pl (2025): 116 111 and 800 100 100',
      official: false,
    },
    {
      url: 'https://szwederowo.brda.net/2023/01/22/reagujmy-na-przemoc-wobec-dzieci/',
      title: 'Szwederowo (2023): 112, the general emergency number, free and 24 hours',
      official: false,
    },
    {
      url: 'https://kedzierzyn-kozle.policja.gov.pl/ok/kpp-kedzierzyn-kozle/aktualnosci/11434,997-gt-112.html',
      title: 'Policja Kędzierzyn-Koźle (2018): calls to the police go to 112',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
};
