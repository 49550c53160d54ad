import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'chatroulette',
  name: 'Chatroulette',
  hosts: ['chatroulette.com'],
  minimumAge: 18,
  ageNote: 'Chatroulette’s rules say it is strictly for adults, 18 and older.',
  reporting: {
    url: 'https://chatroulette.com/rules',
    label: 'Chatroulette rules',
    note: 'The rules ask users to report violations, but no step-by-step report path was found.',
  },
  youngPersonTips: [
    'Chatroulette is only for adults (18+). It puts you on camera with random strangers.',
    'If you see something sexual or upsetting, close it straight away and tell an adult you trust. You will not be in trouble.',
  ],
  liveNotes: [
    'Chatroulette is random one-to-one video chat ("Random Chat"). There are no public broadcast pages.',
  ],
  notes: [
    'The rules ban sexual content, especially in Random Chat.',
    'Many look-alike "chat roulette" sites are not Chatroulette.',
    'No parental controls were found on Chatroulette.',
  ],
  confidence: 'partly-official',
  sources: [
    {
      url: 'https://chatroulette.com/rules',
      title: 'Chatroulette: Rules',
      official: true,
    },
  ],
  reviewed: '2026-11-23',
  testUrls: {
    notLive: ['https://chatroulette.com/', 'https://chatroulette.com/rules'],
  },
} satisfies SiteEntry;
