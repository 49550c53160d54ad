import type { SiteEntry } from '../../utils/registry-schema';

export default {
  id: 'character-ai',
  name: 'Character.AI',
  hosts: ['character.ai'],
  minimumAge: 13,
  ageNote:
    '16 in Europe. Since 25 November 2025, under-18s can no longer have open-ended chats with AI characters. Character.AI estimates age with its own model; adults wrongly flagged as under 18 can prove their age with ID through Persona.',
  familyTools: [
    {
      name: 'Parental Insights',
      description:
        'Your teen can choose to send you a weekly email with their average daily time on Character.AI, the characters they talked to most and the time spent with each. It never shows what was said, you need no account, and if your teen turns it off you are asked to confirm.',
    },
  ],
  reporting: {
    note: 'We found no Character.AI help page on reporting a chat or a character.',
  },
  youngPersonTips: [
    'Characters on Character.AI are computer programs, not people, however real they seem. If a chat makes you feel worse, or pushes you to keep secrets, stop and talk to someone you trust.',
  ],
  notes: [
    'Character.AI lets people chat with AI characters, including ones other users created. Teens under 18 now get a separate, more limited experience.',
    'Common Sense Media’s 2025 risk assessment said Character.AI should not be used by anyone under 18.',
    'Sources on Character.AI are thin: these facts come from news reports of the company’s announcements, not from its own help pages.',
  ],
  confidence: 'third-party',
  thirdPartySections: ['ages', 'familyTools', 'reporting'],
  sources: [
    {
      url: 'https://mpost.io/character-ai-restricts-open-ended-chat-for-users-under-18-and-introduces-safety-measures/',
      title: 'Mpost: Character.AI restricts open-ended chat for under-18s (30 Oct 2025)',
      official: false,
    },
    {
      url: 'https://epium.com/news/character-artificial-intelligence-ban-under-18-from-chatbots',
      title:
        'Epium: Character.AI ends open-ended chat for under-18s on 25 Nov 2025; age assurance and Persona',
      official: false,
    },
    {
      url: 'https://www.indiatvnews.com/technology/news/ai-safety-update-character-ai-introduces-weekly-reports-for-parents-on-teens-chatbot-usage-2025-03-27-982592',
      title:
        'India TV News: Character.AI weekly reports for parents; minimum age 13, 16 in Europe (27 Mar 2025)',
      official: false,
    },
    {
      url: 'https://thejournal.com/articles/2025/03/31/characterai-rolls-out-new-parental-insights-feature-amid-safety-concerns.aspx',
      title: 'THE Journal: Character.AI Parental Insights (31 Mar 2025)',
      official: false,
    },
    {
      url: 'https://www.neowin.net/news/in-wake-of-teens-suicide-characterai-is-adding-a-new-parental-control-feature/',
      title: 'Neowin: Character.AI Parental Insights (25 Mar 2025)',
      official: false,
    },
    {
      url: 'https://thedailyscout.com/s/uEikQCX5rXs',
      title:
        'The Daily Scout: Character.AI safety guide for parents (Common Sense Media 2025 risk assessment)',
      official: false,
    },
  ],
  reviewed: '2026-12-02',
  testUrls: {
    notLive: ['https://character.ai/'],
  },
} satisfies SiteEntry;
