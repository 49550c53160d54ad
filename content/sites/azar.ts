import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'azar',
  name: 'Azar',
  hosts: ['azarlive.com'],
  excludeHosts: ['help.azarlive.com'],
  minimumAge: 17,
  minimumLiveAge: 18,
  ageNote: 'Azar Live needs age 20+ in Korea. Since 1 July 2025 Azar is closed to under-18s in the UK.',
  reporting: {
    url: 'https://help.azarlive.com/hc/en-us/articles/360047526053-Azar-Community-Guidelines',
    label: 'Azar Help: Community Guidelines',
    path: 'During a match: tap the shield icon with "!", or report from your match history. In a chat: ⋮ (top right) → Report',
  },
  youngPersonTips: [
    'Azar is not for children: you must be 17 or older, and 18 for Azar Live. It matches you on video with strangers.',
    'If someone on a match asks you to do something that feels wrong, end the match, tap the shield to report them, and tell an adult you trust.',
  ],
  liveNotes: [
    'Besides random one-to-one video matches, Azar has a Live tab (Azar Live) for live broadcasts, for ages 18+ (20+ in Korea).',
  ],
  notes: ['No parental controls were found on Azar.'],
  confidence: 'partly-official',
  sources: [
    {
      url: 'https://help.azarlive.com/hc/en-us/articles/360047526053-Azar-Community-Guidelines',
      title: 'Azar Help: Community Guidelines',
      official: true,
    },
    {
      url: 'https://help.azarlive.com/hc/it',
      title: 'Azar Help Centre (Italian): Live tab age rules',
      official: true,
    },
    {
      url: 'https://help.azarlive.com/hc/en-us/articles/46895476328089-Notice-of-Service-Cessation-to-persons-under-18-in-the-UK',
      title: 'Azar Help: Notice of service cessation to persons under 18 in the UK (16 May 2025)',
      official: true,
    },
    {
      url: 'https://help.azarlive.com/hc/pt-br/articles/227131968-O-que-posso-fazer-se-outros-usu%C3%A1rios-me-causarem-desconforto-Como-reportar',
      title: 'Azar Help (Portuguese): How to report users who make you uncomfortable',
      official: true,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://azarlive.com/', 'https://www.azarlive.com/'],
  },
} satisfies SiteEntry;
