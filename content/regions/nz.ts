import type { RegionEntry } from '../../utils/content-schema';

/** New Zealand: from `../shared/research/facts/reporting.md` (NZ). */
export const NZ: RegionEntry = {
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
};
