import type { RegionEntry } from '../../utils/content-schema';

/** Ireland: from `../shared/research/facts/reporting.md` (IE). */
export const IE: RegionEntry = {
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
      name: 'Tusla, Child and Family Agency (child protection concerns)',
      description:
        'Anyone worried that a child is being abused or neglected, including sexually, can report it to the social work duty service where the child lives, in person, by phone or in writing. Outside office hours, if a child is in danger, contact the Gardaí.',
      url: 'https://www.tusla.ie/children-first/individuals-working-with-children-and-young-people/how-do-i-report-a-concern-about-a-child/',
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
      url: 'https://www.tusla.ie/children-first/individuals-working-with-children-and-young-people/how-do-i-report-a-concern-about-a-child/',
      title: 'Tusla: How do I report a concern about a child?',
      official: true,
    },
    {
      url: 'https://www.tusla.ie/children-first/how-do-i-report-abuse',
      title: 'Tusla: How do I report a concern (anyone can report; Gardaí outside office hours)',
      official: true,
    },
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
  reviewed: '2026-12-02',
};
