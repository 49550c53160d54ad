import type { RegionEntry } from '../../utils/content-schema';

/** Germany: from `../shared/research/facts/reporting.md` (DE). */
export const DE: RegionEntry = {
  code: 'DE',
  name: 'Germany',
  emergency: '110',
  lines: [
    {
      kind: 'police',
      name: 'Police (Polizei)',
      description:
        'Cybergrooming is a crime in Germany, and so is trying to groom a child. Report it at any police station. If a child is in danger now, call 110.',
      phone: '110',
    },
    {
      kind: 'helpline-children',
      name: "Nummer gegen Kummer (children's and young people's helpline)",
      description: 'Free and anonymous help for children and young people, by phone, online chat or email.',
      phone: '116 111',
    },
    {
      kind: 'csam-hotline',
      name: 'Internet hotlines (jugendschutz.net, FSM, eco)',
      description:
        'Report child sexual abuse images or videos online, free and anonymously. klicksafe, the German Safer Internet Centre, lists the three hotlines.',
      url: 'https://www.klicksafe.de/service/anlaufstellen/internet-beschwerdestellen/',
    },
    {
      kind: 'helpline-parents',
      name: "Elterntelefon (Nummer gegen Kummer parents' line)",
      description: 'Free and anonymous advice for parents and carers.',
      phone: '0800 111 0 550',
    },
    {
      kind: 'helpline-parents',
      name: 'Hilfe-Telefon Sexueller Missbrauch (sexual abuse helpline)',
      description: 'Free and anonymous, for anyone worried that a child is being sexually abused.',
      phone: '0800 22 55 530',
    },
  ],
  sources: [
    {
      url: 'https://www.fragzebra.de/antwort/was-kann-ich-tun-wenn-mein-kind-in-einem-messenger-bel%C3%A4stigt-wird',
      title: 'Frag ZEBRA: Was kann ich tun, wenn mein Kind in einem Messenger belästigt wird?',
      official: false,
    },
    {
      url: 'https://www.medienanstalt-nrw.de/regulierung/beschwerde.html',
      title: 'Landesanstalt für Medien NRW: Beschwerde',
      official: true,
    },
    {
      url: 'https://www.klicksafe.de/service/anlaufstellen/internet-beschwerdestellen/',
      title: 'klicksafe: Internet-Beschwerdestellen',
      official: true,
    },
    {
      url: 'https://www.klicksafe.de/news/so-reagieren-sie-richtig-auf-missbrauchsdarstellungen-im-netz',
      title: 'klicksafe: So reagieren Sie richtig auf Missbrauchsdarstellungen im Netz',
      official: true,
    },
    {
      url: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556',
      title: 'BMFSFJ: Anrufen, mailen, chatten gegen Sorgen (Nummer gegen Kummer)',
      official: true,
    },
    {
      url: 'https://www.deutschlandfunk.de/coronavirus-so-viele-eltern-wie-nie-rufen-bei-nummer-gegen.1939.de.html?drn:news_id=1229065',
      title: 'Deutschlandfunk (2021-02): Elterntelefon der Nummer gegen Kummer',
      official: false,
    },
    {
      url: 'https://www.bundesregierung.de/breg-de/aktuelles/hilfetelefon-sexueller-kindesmissbrauch-2275784',
      title: 'Bundesregierung (2024): Hilfe-Telefon Sexueller Missbrauch',
      official: true,
    },
  ],
  reviewed: '2026-11-23',
};
