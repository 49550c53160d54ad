import type { RegionEntry } from '../../utils/content-schema';

/**
 * South Africa: researched 2026-12-02 (issue 16). Confidence A: the Film and Publication Board's
 * hotline (an INHOPE member), Childline's 116 (government news service) and the police's 10111
 * (SAPS's own page). The older Childline number 0800 055 555 is being phased out, so 116 is used.
 */
export const ZA: RegionEntry = {
  code: 'ZA',
  name: 'South Africa',
  emergency: '10111',
  lines: [
    {
      kind: 'report',
      name: 'Film and Publication Board (FPB) hotline',
      description:
        'Report child sexual abuse images found online, and grooming in chat rooms, in confidence. The FPB gets the material removed, passes reports to the police and works with hotlines abroad through INHOPE.',
      url: 'https://www.fpbhotline.org.za/about-us.aspx',
    },
    {
      kind: 'helpline-children',
      name: 'Childline South Africa',
      description:
        'Free helpline for children, and for adults worried about a child. Children can talk about sexting and sexual abuse; in an emergency Childline can refer them to the police or a social worker.',
      phone: '116',
    },
    {
      kind: 'police',
      name: 'South African Police Service (SAPS)',
      description:
        "Report a crime against a child at any police station; the police's Family Violence, Child Protection and Sexual Offences units investigate, including crimes through electronic media. In an emergency call 10111.",
      url: 'https://www.saps.gov.za/services/cc_10111.php',
      phone: '10111',
    },
  ],
  sources: [
    {
      url: 'https://www.fpbhotline.org.za/about-us.aspx',
      title: 'FPB Hotline: About us (child sexual abuse images, grooming in chat rooms; INHOPE)',
      official: true,
    },
    {
      url: 'https://www.fpb.org.za/child-protection/',
      title: 'Film and Publication Board: Child protection (hotline; INHOPE)',
      official: true,
    },
    {
      url: 'https://vukuzenzele.gov.za/children-can-call-116-help',
      title: 'Vuk’uzenzele (government): Childline South Africa’s toll-free 116',
      official: true,
    },
    {
      url: 'https://www.iol.co.za/ios/news/childline-kzn-has-a-new-number-116-3faaa168-7328-4d20-ae82-6da2e57253bb',
      title: 'IOL (2022-08-13): Childline’s new number 116; 0800 055 555 phased out',
      official: false,
    },
    {
      url: 'https://www.saps.gov.za/services/cc_10111.php',
      title: 'SAPS: 10111 Centre (police emergencies, 24 hours)',
      official: true,
    },
    {
      url: 'https://www.sanews.gov.za/south-africa/saps-calls-communities-protect-children',
      title:
        'SAnews (2015): the FCS units police sexual offences against children and electronic media crime',
      official: true,
    },
  ],
  reviewed: '2026-12-02',
};
