import type { ConversationStarterEntry, TipEntry, TipsSourceEntry } from '../utils/content-schema';

/**
 * General tips, shown on every registry page. Short, plain and never shaming; each rests on
 * the 2017 NCA/NPCC live-streaming campaign or the reporting bodies' advice in `tipsSources`.
 */

export const parentTips = [
  {
    id: 'talk-regularly',
    text: 'Talk with your child regularly and openly about what they do online, about healthy relationships, and about how to stay safe. Keep it calm, so they feel able to tell you when something worries them.',
  },
  {
    id: 'privacy-settings',
    text: 'Check the privacy settings on each site and app your child uses: who can see their profile, message them, and comment on or watch their live streams. Go through them together.',
  },
  {
    id: 'know-who',
    text: 'Know who your child talks to online. Offenders may pose as a teenager and copy the way young people talk, so someone who seems their age may not be.',
  },
  {
    id: 'warning-signs-live',
    text: 'Warning signs the UK’s National Crime Agency names: a flood of comments during a live stream, dares, threats, or offers of gifts or "game points" to get a young person to do things on camera.',
  },
  {
    id: 'warning-signs-private',
    text: 'Be alert if someone your child met online asks them to move to a private chat, turn on their webcam, send pictures, or keep the chat secret.',
  },
  {
    id: 'if-it-happens',
    text: "If it happens: stay calm and tell your child it is not their fault. Don't delete the messages or the account, report it, and get support for both of you.",
  },
  {
    id: 'threats-dont-pay',
    text: "If someone threatens to share images unless they get money or more pictures: don't pay, stop replying, keep the messages and report it. There are services that help get images taken down.",
  },
  {
    id: 'learn-to-report',
    text: 'Learn how to report a concern, both on the site itself and to the national reporting line shown here, before you ever need to.',
  },
] satisfies TipEntry[];

export const youngPersonTips = [
  {
    id: 'report-and-block',
    text: 'If someone makes you feel uncomfortable, report them on the app and block them. You can also report to the reporting line shown here.',
  },
  {
    id: 'tell-someone',
    text: 'Tell an adult you trust: a parent, carer, teacher, or a helpline. You deserve help, whatever has happened.',
  },
  {
    id: 'never-your-fault',
    text: 'It is never your fault, even if you sent something or went along with a dare. The person pressuring you is the one doing wrong.',
  },
  {
    id: 'nobody-genuine',
    text: 'Nobody genuine asks you to move to a private chat, send pictures of yourself, or do dares on camera for gifts or points.',
  },
] satisfies TipEntry[];

export const liveRisks = [
  {
    id: 'live-pressure',
    text: 'On live streams, some people flood a young streamer with comments, dares or threats to push them into doing things on camera.',
  },
  {
    id: 'live-gifts',
    text: 'Some offer gifts, coins or "game points" in return for undressing on webcam. That is never OK, and never the young person\'s fault.',
  },
  {
    id: 'live-end-it',
    text: "It's fine to end a stream, report and block someone, and tell an adult you trust.",
  },
] satisfies TipEntry[];

export const keepEvidence = [
  {
    id: 'note-details',
    text: 'Write down usernames, profile links, and the dates and times of the messages or streams. The reporting body will ask for them.',
  },
  {
    id: 'do-not-delete',
    text: "Don't delete the account, the chat or the messages, even if you want them gone. They are evidence.",
  },
  {
    id: 'never-share-images',
    text: 'Never share, forward, save or screenshot a sexual image of a child, not even to report it, except through Report Remove or Take It Down, which are made for this. Tell the reporting body where it is instead.',
  },
  {
    id: 'keep-copies',
    text: 'Do keep copies of the other messages: screenshots of the chat, usernames and profile links, as long as they show no sexual image of a child. Save them before you block.',
  },
  {
    id: 'report-then-block',
    text: 'Report first, then block. Blocking first can hide the profile and the messages you need for the report.',
  },
] satisfies TipEntry[];

/**
 * General starters (no `feature`) come first, in the order a card picks them: every card keeps at
 * least one, so "who would you feel OK telling?" shows everywhere (`pickConversationStarters`).
 */
export const conversationStarters = [
  { id: 'who-would-you-tell', text: 'If something online worried you, who would you feel OK telling?' },
  {
    id: 'healthy-relationships',
    text: "What makes a friendship or relationship a good one, online or offline? How would you know if someone wasn't treating you well?",
  },
  {
    id: 'favourite-online',
    text: "What's your favourite thing to do online at the moment? Will you show me?",
  },
  {
    id: 'ever-uncomfortable',
    text: 'Has anyone online ever made you feel uncomfortable or asked you something odd? What did you do?',
  },
  { id: 'who-they-say', text: 'How can you tell whether someone online is who they say they are?' },
  {
    id: 'live-comments',
    text: 'What are the comments like on the streams you watch or make? Has anyone ever asked you to do something on camera?',
    feature: 'live',
  },
  {
    id: 'live-dares',
    text: 'What would you do if people in a stream started daring you to do things?',
    feature: 'live',
  },
  {
    id: 'gifts-offered',
    text: 'Has anyone ever offered you gifts, coins or game points? What did they want in return?',
    feature: 'gifts',
  },
  {
    id: 'private-who',
    text: 'Who do you chat with in private messages? Has anyone there asked you to keep a secret?',
    feature: 'private-messages',
  },
  {
    id: 'private-move-app',
    text: 'Has anyone you met in a game or stream asked to carry on chatting in a different app?',
    feature: 'private-messages',
  },
  {
    id: 'random-video-what-happens',
    text: "What happens on video chats with strangers? What would you do if someone there did something you didn't like?",
    feature: 'random-video-chat',
  },
] satisfies ConversationStarterEntry[];

export const youngPersonLines = [
  {
    id: 'not-ok-secrets',
    text: 'Nobody who really cares about you asks you to keep secrets, move to a private chat, or do things on camera for gifts.',
  },
  {
    id: 'not-ok-list',
    text: "It's not OK for anyone online to ask you for sexual pictures, ask you to do sexual things on webcam, ask to meet you, or pressure or threaten you.",
  },
  {
    id: 'not-your-fault',
    text: 'If it happens, it is never your fault, whatever you said or sent. You can still get help.',
  },
  {
    id: 'threats-tell-someone',
    text: "If someone threatens to share a picture of you, don't pay and don't send more. Stop replying, keep the messages and tell someone. There are services that can help get it taken down.",
  },
  {
    id: 'who-can-help',
    text: "You can tell a parent, carer, teacher or another adult you trust, call a children's helpline, or use the reporting line shown here.",
  },
] satisfies TipEntry[];

/** What the 2017 NCA/NPCC campaign reports back: the live-stream tactics and "talk about healthy relationships". */
const CAMPAIGN_TIPS = [
  'warning-signs-live',
  'live-pressure',
  'live-gifts',
  'talk-regularly',
  'healthy-relationships',
];

/** Every source names the tips it backs (`supports`, tip ids); `validateContent` checks the ids. */
export const tipsSources = [
  {
    url: 'https://www.itv.com/news/2017-12-05/warning-to-parents-as-paedophiles-increasingly-target-children-on-live-streams',
    title:
      'ITV News (2017-12-05): Warning to parents as paedophiles increasingly target children on live streams (NCA and NPCC campaign: comments, dares, threats, rewards; "talk to their children about healthy relationships")',
    official: false,
    supports: CAMPAIGN_TIPS,
  },
  {
    url: 'https://heraldscotland.com/news/15702082.200-suspected-paedophiles-held-live-streamed-sex-abuse-including-teachers-police-nhs-staff',
    title:
      'The Herald (2017-12-05): NCA and NPCC live-streaming campaign (comments, dares, threats, "game points"; healthy relationships)',
    official: false,
    supports: CAMPAIGN_TIPS,
  },
  {
    url: 'https://www.celcis.org/news/news-pages/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/',
    title:
      'CELCIS (2017-12-05): New campaign tackles increased threat of live streaming by online sex offenders (NCA survey: 30 % had not talked about online safety in the last month)',
    official: false,
    supports: ['talk-regularly', 'know-who'],
  },
  {
    url: 'https://www.ceopeducation.co.uk/parents/get-help/reporting-an-incident/',
    title: 'CEOP Education: Reporting an incident (parents)',
    official: true,
    supports: ['learn-to-report', 'if-it-happens', 'who-can-help'],
  },
  {
    url: 'https://ceop.police.uk/Safety-Centre/How-can-CEOP-help-me-YP/How-can-CEOP-help-me-concerned-adult',
    title: 'CEOP Safety Centre: How can CEOP help me?',
    official: true,
    supports: ['warning-signs-private', 'not-ok-list', 'report-and-block'],
  },
  {
    url: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/',
    title: 'CEOP Education (11–18): Reporting nude images (Report Remove)',
    official: true,
    supports: ['never-share-images', 'threats-tell-someone'],
  },
  {
    url: 'https://safeguardingtool.nspcc.org.uk/what-you-can-do/report-abuse/',
    title: 'NSPCC: Report abuse',
    official: true,
    supports: ['tell-someone', 'who-can-help'],
  },
  {
    url: 'https://www.accce.gov.au/help-and-support/how-and-what-to-report',
    title: 'ACCCE: How and what to report (evidence; do not screenshot explicit images of a minor)',
    official: true,
    supports: ['note-details', 'do-not-delete', 'never-share-images', 'keep-copies'],
  },
  {
    url: 'https://www.esafety.gov.au/key-topics/image-based-abuse/report-image-based-abuse',
    title: 'eSafety Commissioner: Report image-based abuse ("don\'t pay", stop contact)',
    official: true,
    supports: ['threats-dont-pay', 'threats-tell-someone'],
  },
  {
    url: 'https://takeitdown.ncmec.org/faq/',
    title: 'NCMEC Take It Down: FAQ (images stay on your device; only a hash is shared)',
    official: true,
    supports: ['never-share-images', 'threats-dont-pay'],
  },
  {
    url: 'https://protectchildren.ca/en/press-and-media/news-releases/2024/sextortion-information-campaign',
    title:
      'Canadian Centre for Child Protection (2024): Sextortion information campaign (stop talking, screenshot, block, tell a safe adult)',
    official: true,
    supports: ['threats-dont-pay', 'keep-copies', 'report-then-block', 'never-your-fault'],
  },
  {
    url: 'https://www.shorelineareanews.com/2024/01/fbi-warns-about-financially-motivated.html',
    title:
      "Shoreline Area News (2024-01-20): FBI advice on sextortion (don't pay, report the account, block, save all messages)",
    official: false,
    supports: ['threats-dont-pay', 'keep-copies', 'report-then-block'],
  },
] satisfies TipsSourceEntry[];
