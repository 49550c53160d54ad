import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { conversationStarters } from '../../content/tips';
import { pickConversationStarters, siteFeatures, type PlatformFeature } from '../../utils/site-features';

const WHO = 'If something online worried you, who would you feel OK telling?';
const starter = (text: string, feature?: PlatformFeature) => (feature ? { text, feature } : { text });

describe('pickConversationStarters', () => {
  it('keeps one general starter even when the platform-specific ones would fill the card', () => {
    const starters = [
      starter('general 1'),
      starter('general 2'),
      starter('live 1', 'live'),
      starter('live 2', 'live'),
      starter('gifts', 'gifts'),
      starter('dm', 'private-messages'),
    ];
    const picked = pickConversationStarters(starters, ['live', 'gifts', 'private-messages'], 4);
    expect(picked.map((q) => q.text)).toEqual(['live 1', 'live 2', 'gifts', 'general 1']);
  });

  it('fills the card with general starters when few specific ones fit', () => {
    const starters = [starter('g1'), starter('g2'), starter('g3'), starter('live', 'live')];
    expect(pickConversationStarters(starters, ['live'], 3).map((q) => q.text)).toEqual(['live', 'g1', 'g2']);
    expect(pickConversationStarters(starters, [], 2).map((q) => q.text)).toEqual(['g1', 'g2']);
  });

  it('never shows more than the maximum, nor a starter for a feature the platform lacks', () => {
    const starters = [starter('g1'), starter('gifts', 'gifts'), starter('live', 'live')];
    expect(pickConversationStarters(starters, ['live'], 1).map((q) => q.text)).toEqual(['g1']);
    expect(pickConversationStarters(starters, [], 4).map((q) => q.text)).toEqual(['g1']);
  });

  it.each(registry.map((site) => [site.id, site] as const))(
    '%s shows "who would you feel OK telling?" among its four starters',
    (_id, site) => {
      const picked = pickConversationStarters(conversationStarters, siteFeatures(site), 4);
      expect(picked).toHaveLength(4);
      expect(picked.map((q) => q.text)).toContain(WHO);
    },
  );

  it('puts the general "who would you tell" starter first among the general ones', () => {
    expect(conversationStarters.find((q) => !('feature' in q))?.text).toBe(WHO);
  });

  it('asks about healthy relationships, as the campaign asks parents to', () => {
    expect(conversationStarters.some((q) => /good one|treating you well/.test(q.text))).toBe(true);
  });
});
