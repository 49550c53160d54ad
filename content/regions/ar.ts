import type { RegionEntry } from '../../utils/content-schema';

/**
 * Argentina: researched 2026-12-02 (issue 16). Confidence B: Línea 137 and the 0800 line from the
 * government's own page (2020); Línea 102 and 911 from dated press. The government page says the
 * 137 phone teams work in Buenos Aires City, Misiones and Chaco, while later press calls it
 * national, so the description does not claim national coverage for 137.
 */
export const AR: RegionEntry = {
  code: 'AR',
  name: 'Argentina',
  emergency: '911',
  lines: [
    {
      kind: 'report',
      name: 'Línea 137 (Ministry of Justice programme for victims of violence)',
      description:
        'A free line, any time, for victims of family or sexual violence, including grooming and the sexual exploitation of children. It can help you make a formal complaint (denuncia) and, where it works, send a team.',
      phone: '137',
      text: 'WhatsApp 11 3133-1000',
    },
    {
      kind: 'helpline-children',
      name: "Línea 102 (children's rights line)",
      description:
        'Free, confidential line on children’s rights in every province: children and adults can call about violence, abuse or exploitation of a child. It is not an emergency service.',
      phone: '102',
    },
    {
      kind: 'helpline-parents',
      name: 'Línea contra el abuso sexual infantil',
      description:
        'A free national line, any time, about child sexual abuse, answered by psychologists and social workers.',
      phone: '0800 222 1717',
    },
  ],
  sources: [
    {
      url: 'https://argentina.gob.ar/noticias/la-linea-137-ya-tiene-whatsapp',
      title:
        'Argentina.gob.ar (2020): Línea 137 WhatsApp 11 3133-1000; 0800-222-1717 against child sexual abuse; grooming',
      official: true,
    },
    {
      url: 'https://www.telam.com.ar/notas/202210/608040-twitter-prevencion-grooming-violencia-justicia.html',
      title: 'Télam (2022-10): Línea Nacional 137, 24 hours, grooming',
      official: false,
    },
    {
      url: 'https://www.diariodecuyo.com.ar/editorialdeldia/Proteccion-de-menores-ante-casos-de-abusos-o-violencia-20220813-0112.html',
      title:
        'Diario de Cuyo (2022-08-13): Línea 102 (free, confidential, not an emergency line; emergencies 911); Línea 137',
      official: false,
    },
    {
      url: 'https://hogarmarialuisa.org/?p=12449',
      title: 'Hogar María Luisa: Línea 102, free and confidential in the whole country',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
