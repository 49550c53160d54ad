import type { RegionEntry } from '../../utils/content-schema';

/** United Kingdom: from `../shared/research/facts/reporting.md` (GB). */
export const GB: RegionEntry = {
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
};
