import type { RegionEntry } from '../../utils/content-schema';

/** United States: from `../shared/research/facts/reporting.md` (US). */
export const US: RegionEntry = {
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
      kind: 'image-removal',
      name: 'Take It Down (NCMEC)',
      description:
        'For a nude or sexual image or video taken before 18: Take It Down helps stop it being shared on the platforms that take part. Free and anonymous; the image never leaves your device.',
      url: 'https://takeitdown.ncmec.org/faq/',
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
    { url: 'https://takeitdown.ncmec.org/faq/', title: 'NCMEC Take It Down: FAQ', official: true },
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
  reviewed: '2026-12-02',
};
