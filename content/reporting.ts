import type { RegionEntry } from '../utils/content-schema';

/**
 * National reporting lines, from `../shared/research/facts/reporting.md` (reviewed 2026-11-23).
 * Order per DECISIONS: where to report grooming or sexual exploitation, the children's helpline,
 * then the rest. Only addresses the research read are links; "cited by" addresses are left out,
 * and opening hours are left out because the sources disagree.
 */
export const regions = [
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: '999',
    lines: [
      {
        kind: 'report',
        name: 'CEOP Safety Centre (National Crime Agency)',
        description:
          'Report online sexual abuse or grooming: someone chatting about sex, asking for sexual pictures or things on webcam, asking to meet, or pressuring or threatening a child. Young people can report too. A Child Protection Advisor reads every report.',
        url: 'https://ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/How-can-CEOP-help-me-concerned-adult',
      },
      {
        kind: 'helpline-children',
        name: 'Childline (NSPCC)',
        description:
          'Free, confidential help for anyone under 19, day or night. Call, or chat 1-2-1 with a counsellor online through a Childline account.',
        phone: '0800 1111',
      },
      {
        kind: 'csam-hotline',
        name: 'Internet Watch Foundation (IWF)',
        description:
          'Report child sexual abuse images or videos you find online, including live streams. You can stay anonymous: only the web address is needed.',
        url: 'https://www.iwf.org.uk/faqs/',
      },
      {
        kind: 'image-removal',
        name: 'Report Remove (Childline and IWF)',
        description:
          'For under-18s: if a nude image or video of you is online, Report Remove can help get it taken down. You start from the Childline website. It covers public websites, not private chats.',
        url: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/',
      },
      {
        kind: 'helpline-parents',
        name: 'NSPCC Helpline',
        description:
          'For adults worried about a child: talk it through or report a concern by phone, email or online form.',
        url: 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/',
        phone: '0808 800 5000',
        email: 'help@nspcc.org.uk',
      },
    ],
    sources: [
      {
        url: 'https://ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/How-can-CEOP-help-me-concerned-adult',
        title: 'CEOP Safety Centre: How can CEOP help me? (concerned adult)',
        official: true,
      },
      {
        url: 'https://www.ceop.police.uk/Safety-Centre/What-happens-when-I-make-a-report-YP/What-happens-when-I-make-a-report-parent/',
        title: 'CEOP Safety Centre: What happens when I make a report?',
        official: true,
      },
      {
        url: 'https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/',
        title: 'CEOP Education: Reporting an incident (parents)',
        official: true,
      },
      { url: 'https://www.iwf.org.uk/faqs/', title: 'Internet Watch Foundation: FAQs', official: true },
      {
        url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
        title: 'Internet Watch Foundation: Report Remove',
        official: true,
      },
      {
        url: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/',
        title: 'CEOP Education (11–18): Reporting nude images',
        official: true,
      },
      {
        url: 'https://learning.nspcc.org.uk/research-resources/report-remove',
        title: 'NSPCC Learning: Report Remove',
        official: true,
      },
      {
        url: 'https://learning.nspcc.org.uk/services/childline',
        title: 'NSPCC Learning: Childline',
        official: true,
      },
      {
        url: 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/',
        title: 'NSPCC: Report abuse (Helpline)',
        official: true,
      },
      {
        url: 'https://www.hallgreen.bham.sch.uk/nspcc-helpline/',
        title: 'Hall Green School: NSPCC Helpline',
        official: false,
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    code: 'US',
    name: 'United States',
    emergency: '911',
    lines: [
      {
        kind: 'report',
        name: 'NCMEC CyberTipline',
        description:
          "Report online enticement of a child (grooming), sextortion, or sexual images of anyone under 18. Reports can be anonymous, and young people can report for themselves. NCMEC's free Take It Down service can also help remove nude images taken before 18.",
        url: 'https://report.cybertip.org/faqs',
        phone: '1-800-843-5678',
      },
      {
        kind: 'helpline-children',
        name: 'Childhelp National Child Abuse Hotline',
        description:
          'Counsellors for children, teens and worried adults, by call, text or chat, any time. It is for support, not a reporting line.',
        url: 'https://childhelphotline.org/how-it-works',
        phone: '1-800-422-4453',
        text: 'Text 1-800-422-4453',
      },
      {
        kind: 'police',
        name: 'FBI (sextortion)',
        description:
          "Sextortion is a crime and can also be reported to the FBI. Don't pay, keep all the messages, and report the account to the platform before blocking it.",
        phone: '1-800-CALL-FBI',
      },
    ],
    sources: [
      { url: 'https://report.cybertip.org/faqs', title: 'NCMEC CyberTipline: FAQs', official: true },
      {
        url: 'https://digitalmediawire.com/2011/12/28/google-helps-national-center-for-missing-exploited-children/',
        title: 'Digital Media Wire (2011): CyberTipline phone number',
        official: false,
      },
      {
        url: 'https://www.tndagc.org/ncmecs-take-it-down-combats-sextortion/',
        title: "Tennessee District Attorneys General: NCMEC's Take It Down combats sextortion",
        official: false,
      },
      {
        url: 'https://www.wtap.com/prnewswire/2023/02/27/ncmec-launches-new-service-that-can-help-you-take-it-down/',
        title: 'NCMEC press release (2023-02-27): Take It Down',
        official: false,
      },
      {
        url: 'https://childhelphotline.org/how-it-works',
        title: 'Childhelp Hotline: How it works',
        official: true,
      },
      {
        url: 'https://news5h.com/what-children-and-caregivers-need-to-know-fbi/',
        title: 'FBI sextortion advice, republished by News5h',
        official: false,
      },
      {
        url: 'https://www.shorelineareanews.com/2024/01/fbi-warns-about-financially-motivated.html',
        title: 'Shoreline Area News (2024-01-20): FBI warns about financially motivated sextortion',
        official: false,
      },
      {
        url: 'https://www.wzdm.com/2023/01/24/fbi-targeting-sextortion-cases-among-teens/',
        title: 'WZDM (2023-01-24): FBI targeting sextortion cases among teens',
        official: false,
      },
      {
        url: 'https://backgroundsearch.com/safety-security/family-children-parents/help-for-parents-of-missing-children',
        title: 'Help for parents of missing children (call 911)',
        official: false,
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: '911',
    lines: [
      {
        kind: 'report',
        name: 'Cybertip.ca',
        description:
          "Canada's national tipline for online sexual exploitation of children: luring (grooming), sextortion, or nudes being shared. Reports can be anonymous, and parents can call too. The Canadian Centre for Child Protection, which runs it, also offers NeedHelpNow to help get nude images removed.",
        url: 'https://www.cybertip.ca/app/en/',
        phone: '1-866-658-9022',
      },
      {
        kind: 'helpline-children',
        name: 'Kids Help Phone',
        description:
          'Free, confidential support for young people, any time, in English and French. Call, text or chat.',
        url: 'https://kidshelpphone.ca/text-about-it/',
        phone: '1-800-668-6868',
        text: 'Text CONNECT to 686868',
      },
    ],
    sources: [
      { url: 'https://www.cybertip.ca/app/en/', title: 'Cybertip.ca', official: true },
      {
        url: 'https://www.cybertip.ca/app/en/about-how_it_works',
        title: 'Cybertip.ca: How it works',
        official: true,
      },
      { url: 'https://www.cybertip.ca/app/en/about', title: 'Cybertip.ca: About', official: true },
      {
        url: 'https://www.protectkidsonline.ca/app/en/report_concerning_behaviour',
        title: 'Protect Kids Online (Canadian Centre for Child Protection): Report concerning behaviour',
        official: true,
      },
      {
        url: 'https://protectchildren.ca/en/press-and-media/news-releases/2024/sextortion-information-campaign',
        title: 'Canadian Centre for Child Protection (2024): Sextortion information campaign',
        official: true,
      },
      {
        url: 'https://kidshelpphone.ca/text-about-it/',
        title: 'Kids Help Phone: Text about it',
        official: true,
      },
      {
        url: 'https://www.maplenow.ca/fr/site/kids-help-phone',
        title: 'Maple Now: Kids Help Phone (phone number)',
        official: false,
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    code: 'AU',
    name: 'Australia',
    emergency: '000',
    lines: [
      {
        kind: 'report',
        name: 'Australian Centre to Counter Child Exploitation (ACCCE)',
        description:
          'Report online grooming, sextortion or other sexual exploitation of anyone under 18, through the online form. For people in Australia.',
        url: 'https://www.accce.gov.au/report',
      },
      {
        kind: 'helpline-children',
        name: 'Kids Helpline',
        description: 'Free, private counselling for 5 to 25 year olds, any time, by phone or WebChat.',
        url: 'https://yourtown.com.au/apps/webcounselling/live/chat',
        phone: '1800 55 1800',
      },
      {
        kind: 'csam-hotline',
        name: 'eSafety Commissioner: illegal content',
        description:
          'Report child sexual abuse material you find online, anonymously if you like. You do not have to report it to the platform first.',
        url: 'https://esafety.gov.au/report/illegal-harmful-content/what-we-can-investigate',
      },
      {
        kind: 'image-removal',
        name: 'eSafety Commissioner: image-based abuse',
        description:
          'Help to remove intimate images or videos shared, or threatened to be shared, without consent, including sextortion. A parent or carer can report for a child under 16. If the young person is under 18, also report to the ACCCE.',
        url: 'https://www.esafety.gov.au/report/image-based-abuse',
      },
      {
        kind: 'police',
        name: 'Crime Stoppers',
        description: 'To give information about child exploitation anonymously.',
        phone: '1800 333 000',
      },
    ],
    sources: [
      { url: 'https://www.accce.gov.au/report', title: 'ACCCE: Report', official: true },
      {
        url: 'https://www.accce.gov.au/help-and-support/how-and-what-to-report',
        title: 'ACCCE: How and what to report',
        official: true,
      },
      {
        url: 'https://esafety.gov.au/report/illegal-harmful-content/what-we-can-investigate',
        title: 'eSafety Commissioner: What we can investigate',
        official: true,
      },
      {
        url: 'https://esafety.gov.au/key-issues/Illegal-restricted-content/how-esafety-can-help',
        title: 'eSafety Commissioner: How eSafety can help (illegal content)',
        official: true,
      },
      {
        url: 'https://www.esafety.gov.au/report/image-based-abuse',
        title: 'eSafety Commissioner: Report image-based abuse',
        official: true,
      },
      {
        url: 'https://www.esafety.gov.au/report/image-based-abuse/making-a-report-faq',
        title: 'eSafety Commissioner: Making a report (FAQ)',
        official: true,
      },
      {
        url: 'https://www.thinkuknow.org.au/index.php/get-help/what-we-dont-do',
        title: 'ThinkUKnow Australia: What we don’t do',
        official: true,
      },
      {
        url: 'https://yourtown.com.au/apps/webcounselling/live/chat',
        title: 'Kids Helpline (yourtown): WebChat',
        official: true,
      },
      {
        url: 'https://www.healthdirect.gov.au/australian-health-services/healthcare-service/virtual/kids-helpline/parenting-and-family-support/d10bd0b6-ccdc-f931-4e60-af7b09787dcf',
        title: 'healthdirect: Kids Helpline',
        official: true,
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    emergency: '111',
    lines: [
      {
        kind: 'police',
        name: 'New Zealand Police',
        description:
          'Report grooming or sextortion to Police. If a child is in danger now, call 111; otherwise call 105, the non-emergency number.',
        phone: '105',
      },
      {
        kind: 'helpline-children',
        name: "0800 What's Up (Barnardos)",
        description: 'Free counselling for 5 to 19 year olds, by phone or webchat.',
        url: 'https://www.whatsup.co.nz/about-us/',
        phone: '0800 942 8787',
      },
      {
        kind: 'csam-hotline',
        name: 'Department of Internal Affairs: Digital Child Exploitation Team',
        description:
          'Report child sexual abuse images or videos found online, through the online complaint form.',
        url: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
      },
      {
        kind: 'image-removal',
        name: 'Netsafe',
        description:
          'Help with online harm, including intimate images shared without consent and someone pressuring a young person to get naked or do sexual things online. Netsafe can contact platforms about removing images.',
        url: 'https://report.netsafe.org.nz/hc/en-au/requests/new?ticket_form_id=551107974273',
        phone: '0508 638 723',
        text: 'Text 4282',
      },
    ],
    sources: [
      {
        url: 'https://www.police.govt.nz/news/release/safer-internet-day?nondesktop',
        title: 'New Zealand Police (2023-02-07): Safer Internet Day',
        official: true,
      },
      {
        url: 'https://hibiscuscoastapp.nz/NewsStory/police-urge-online-vigilance-on-safer-internet-day/67aa95e4df926d002e4e3674',
        title: 'Hibiscus Coast App (2025-02-11): Police urge online vigilance on Safer Internet Day',
        official: false,
      },
      {
        url: 'https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material',
        title: 'Department of Internal Affairs: Report online child exploitation material',
        official: true,
      },
      {
        url: 'https://report.netsafe.org.nz/hc/en-au/requests/new?ticket_form_id=551107974273',
        title: 'Netsafe: Report form',
        official: true,
      },
      {
        url: 'https://www.grownups.co.nz/interests/community-services-charities/netsafe/',
        title: 'GrownUps: Netsafe (phone number)',
        official: false,
      },
      { url: 'https://www.whatsup.co.nz/about-us/', title: "0800 What's Up: About us", official: true },
    ],
    reviewed: '2026-11-23',
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: '112 or 999',
    lines: [
      {
        kind: 'police',
        name: 'An Garda Síochána (Irish police)',
        description:
          "Report grooming or sextortion to the Gardaí at your local Garda station. If a child is in danger now, call 112 or 999. The Garda 'Say No!' page explains sextortion.",
        url: 'https://www.garda.ie/en/crime-prevention/crimecall-on-rte/crimecall-episodes/2017/june-26/garda-national-protective-services-bureau-say-no!-awareness-campaign.html',
      },
      {
        kind: 'helpline-children',
        name: 'Childline by ISPCC',
        description: 'Free support for anyone under 18. Call any time, or text or chat online.',
        phone: '1800 66 66 66',
        text: 'Text Talk to 50101',
      },
      {
        kind: 'csam-hotline',
        name: 'Hotline.ie',
        description:
          "Ireland's national centre for reporting illegal content online, including child sexual abuse material and intimate images shared without consent. Reports are confidential and can be anonymous.",
        url: 'https://hotline.ie/report',
      },
      {
        kind: 'helpline-parents',
        name: 'Parentline',
        description: 'The national helpline for parents.',
        url: 'https://www.parentline.ie/',
      },
    ],
    sources: [
      {
        url: 'https://garda.ie/en/about-us/our-departments/office-of-corporate-communications/press-releases/2022/december/an-garda-siochana-targeted-operations-against-online-child-sexual-exploitation-material-as-part-of-16-days-of-activism.html',
        title: 'An Garda Síochána (Dec 2022): Operations against online child sexual exploitation material',
        official: true,
      },
      {
        url: 'https://www.garda.ie/en/crime-prevention/crimecall-on-rte/crimecall-episodes/2017/june-26/garda-national-protective-services-bureau-say-no!-awareness-campaign.html',
        title: "An Garda Síochána (2017): 'Say No!' sextortion awareness campaign",
        official: true,
      },
      { url: 'https://hotline.ie/report', title: 'Hotline.ie: Report', official: true },
      { url: 'https://hotline.ie/faqs', title: 'Hotline.ie: FAQs', official: true },
      {
        url: 'https://www.ispcc.ie/childlines-24-7-support-line-conversations-in-the-lead-up-to-christmas/',
        title: 'ISPCC: Childline’s 24/7 support line',
        official: true,
      },
      {
        url: 'https://themediatimes.com/almost-800-children-contacted-childline-on-christmas-day/',
        title: 'The Media Times (2019-12-26): Childline on Christmas Day',
        official: false,
      },
      { url: 'https://www.parentline.ie/', title: 'Parentline', official: true },
      {
        url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
        title: 'HSE: When to call 112 or 999',
        official: true,
      },
    ],
    reviewed: '2026-11-23',
  },
  {
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
  },
  {
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
  },
  {
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
          'Free, confidential online-safety advice for young people, parents and teachers. It helps you report incidents but does not take formal complaints.',
        url: 'https://www.incibe.es/menores/ayuda/preguntas-frecuentes',
        phone: '017',
        text: 'WhatsApp 900 116 117',
      },
    ],
    sources: [
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
    reviewed: '2026-11-23',
  },
  {
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
  },
  {
    code: 'IN',
    name: 'India',
    emergency: '112',
    lines: [
      {
        kind: 'report',
        name: 'National Cyber Crime Reporting Portal',
        description:
          'The government portal for reporting online crime. Use the section for crimes against women and children to report child sexual abuse material. Reports can be anonymous.',
        url: 'https://cybercrime.gov.in/Accept.aspx',
      },
      {
        kind: 'helpline-children',
        name: 'Childline 1098',
        description:
          'A free, 24-hour emergency helpline for children who need care and protection. It now runs together with the 112 emergency service.',
        phone: '1098',
      },
    ],
    sources: [
      {
        url: 'https://cybercrime.gov.in/Accept.aspx',
        title: 'National Cyber Crime Reporting Portal: Report crime related to women/child',
        official: true,
      },
      {
        url: 'https://www.firstpost.com/tech/news-analysis/portal-launched-to-file-complaints-about-sexually-explicit-content-online-5233361.html',
        title: 'Firstpost (2018-09-21): Portal launched',
        official: false,
      },
      {
        url: 'https://www.thehindu.com/news/national/childline-to-be-merged-with-emergency-response-support-system-in-nine-states-and-union-territories/article66991061.ece',
        title: 'The Hindu (2023-06-20): Childline to be merged with ERSS-112',
        official: false,
      },
      {
        url: 'https://www.etvbharat.com/english/national/bharat/childline-1098-is-not-being-transferred-to-ministry-of-home-affairs/na20220914190723519519823',
        title: 'ETV Bharat (2022-09-14): Childline 1098',
        official: false,
      },
      {
        url: 'https://www.cnbctv18.com/india/childline-national-emergency-number-report-children-distress-call-explained-14743071.htm/amp',
        title: 'CNBC-TV18 (2022-09-18): Childline and the 112 emergency number',
        official: false,
      },
    ],
    reviewed: '2026-11-23',
  },
  {
    code: 'INTL',
    name: 'Other countries',
    emergency: 'your local emergency number',
    lines: [
      {
        kind: 'report',
        name: 'INHOPE (international network of hotlines)',
        description:
          "Report child sexual abuse images or videos to your country's national hotline; INHOPE's website leads to it. INHOPE itself cannot take reports. For nude images of someone under 18, NCMEC's free Take It Down service works worldwide.",
        url: 'https://inhope.org/EN/articles/about-inhope',
      },
      {
        kind: 'helpline-children',
        name: '116 111 (child helpline number in many European countries)',
        description:
          'The Europe-wide number for child helplines. In many European countries it reaches the helpline for children and young people.',
        phone: '116 111',
      },
    ],
    sources: [
      { url: 'https://inhope.org/EN/articles/about-inhope', title: 'INHOPE: About INHOPE', official: true },
      {
        url: 'https://www.icmec.org/education-portal/reporting-mechanisms/',
        title: 'ICMEC: Reporting mechanisms',
        official: false,
      },
      {
        url: 'https://telekom.com/de/medien/medieninformationen/detail/kinder-und-jugendtelefon-neu-unter-europaweit-einheitlicher-rufnummer-116111-erreichbar-341738',
        title: 'Deutsche Telekom: Kinder- und Jugendtelefon unter europaweit einheitlicher Rufnummer 116111',
        official: false,
      },
      {
        url: 'https://talkheart2heart.org/resources/take-it-down/',
        title: 'Talk Heart 2 Heart (2023-03-07): Take It Down',
        official: false,
      },
    ],
    reviewed: '2026-11-23',
  },
] satisfies RegionEntry[];
