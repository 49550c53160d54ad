import type { CardText } from './card-types';
import type { PlatformFeature } from './site-features';

interface TipLike {
  text: string;
}

export interface TipsContent {
  liveRisks: readonly TipLike[];
  youngPersonTips: readonly TipLike[];
  youngPersonLines: readonly TipLike[];
  keepEvidence: readonly TipLike[];
  conversationStarters: readonly (TipLike & { feature?: PlatformFeature })[];
}

const texts = (tips: readonly TipLike[]) => tips.map((t) => t.text);

/** The general advice every card shows, from content/tips.ts. */
export function buildCardText(tips: TipsContent): CardText {
  return {
    liveRisks: texts(tips.liveRisks),
    youngTips: texts(tips.youngPersonTips),
    youngLines: texts(tips.youngPersonLines),
    keepEvidence: texts(tips.keepEvidence),
    talkAbout: tips.conversationStarters.map(({ text, feature }) => (feature ? { text, feature } : { text })),
  };
}
