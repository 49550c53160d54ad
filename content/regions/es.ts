import type { RegionEntry } from '../../utils/content-schema';

/** Spain: from `../shared/research/facts/reporting.md` (ES). */
export const ES: RegionEntry = {
  code: 'ES',
  name: 'Spain',
  emergency: '112',
  lines: [
    {
      kind: 'police',
      name: 'Policía Nacional (National Police)',
      description:
        'Email the web address where you saw child sexual abuse images (never attach or forward the images), or make a formal complaint (denuncia) to the Policía Nacional or Guardia Civil. If a child is in danger now, call 112.',
      email: 'denuncias.pornografia.infantil@policia.es',
    },
    {
      kind: 'helpline-children',
      name: "Fundación ANAR (children's helpline)",
      description: 'Free, confidential help for children and teenagers, any time, by phone or chat.',
      phone: '900 20 20 10',
    },
    {
      kind: 'helpline-parents',
      name: '017 – Tu Ayuda en Ciberseguridad (INCIBE)',
      description:
        'Free, confidential online-safety advice for young people, parents and teachers. It helps you report incidents but does not take formal complaints. For sexual or violent images published online without consent, the Spanish Data Protection Agency (AEPD) has a free priority channel (Canal Prioritario) to get them removed, open to under-18s too.',
      url: 'https://www.incibe.es/menores/ayuda/preguntas-frecuentes',
      phone: '017',
      text: 'WhatsApp 900 116 117',
    },
  ],
  sources: [
    {
      url: 'https://unir.net/actualidad/vida-academica/la-agencia-espanola-de-proteccion-de-datos-ofrece-un-canal-prioritario-para-denunciar-la-publicacion-ilegitima-de-contenidos-sensibles-en-internet',
      title:
        'UNIR: the AEPD Canal Prioritario (free, fast removal; victims or third parties; a route for under-18s)',
      official: false,
    },
    {
      url: 'https://www.telecinco.es/noticias/ciencia-y-tecnologia/20251011/amenazas-fotos-videos-internet-canal-prioritario-agencia-espanola-proteccion-datos_18_016819170.html',
      title:
        'Telecinco (2025-10-11): the AEPD Canal Prioritario removes sexual or violent content published without permission',
      official: false,
    },
    {
      url: 'https://www.elperiodicomediterraneo.com/noticias/sociedad/policia-nacional-recibe-500-denuncias-pornografia-infantil_1290646.html',
      title: 'El Periódico Mediterráneo: Policía Nacional recibe denuncias de pornografía infantil',
      official: false,
    },
    {
      url: 'https://www.encastillalamancha.es/sucesos-cat/un-detenido-en-cuenca-por-pertenecer-a-una-red-de-distribucion-de-pornografia-infantil-a-traves-de-apps-de-mensajeria/',
      title: 'EnCastillaLaMancha (2023): police email address for reports',
      official: false,
    },
    {
      url: 'https://www.xataka.com/basics/como-informar-a-autoridades-pornografia-infantil-te-encuentras-navegando-descargando-whatsapp',
      title: 'Xataka: Cómo informar a las autoridades',
      official: false,
    },
    {
      url: 'https://www.hacerfamilia.com/ninos/noticia-puedes-contar-nosotros-nuevo-video-telefono-anar-20150415091241.html',
      title: 'Hacer Familia (2015): Teléfono ANAR',
      official: false,
    },
    {
      url: 'https://www.diariocordoba.com/sociedad/2017/11/24/nuevo-chat-presta-ayuda-menores-36521711.html',
      title: 'Diario Córdoba (2017): ANAR chat',
      official: false,
    },
    {
      url: 'https://www.incibe.es/menores/ayuda/preguntas-frecuentes',
      title: 'INCIBE: Preguntas frecuentes',
      official: true,
    },
    {
      url: 'https://www.diariosur.es/sociedad/dudas-sobre-fraudes-seguridad-acoso-internet-017-20251120153046-nt.html',
      title: 'Diario Sur (2025-11): 017',
      official: false,
    },
    {
      url: 'https://www.upday.com/es/si-tengo-una-emergencia-llamo-al-112-al-091-o-al-061',
      title: 'upday: 112',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
};
