import { describe, expect, it } from 'vitest';
import { siteFeatures } from '../../utils/site-features';
import { registry } from '../../content/sites/index';
import { validSite } from './fixtures/valid-site';

describe('siteFeatures', () => {
  it('derives live from live patterns and messaging from the entry text', () => {
    expect(siteFeatures(validSite())).toEqual(['live', 'private-messages']);
  });

  it('finds gifts and random video chat in what entries say', () => {
    const site = validSite({
      live: undefined,
      testUrls: undefined,
      privacySteps: [{ text: 'Turn off gifts from strangers.' }],
      notes: ['It pairs you with random strangers on video chat.'],
    });
    expect(siteFeatures(site)).toEqual(['gifts', 'random-video-chat']);
  });

  it('marks every live platform in the registry as live', () => {
    for (const site of registry.filter((s) => s.live?.length)) expect(siteFeatures(site)).toContain('live');
  });
});

describe('siteFeatures over the registry', () => {
  it.each(['ometv', 'monkey', 'chatroulette', 'azar'])('%s is random video chat', (id) => {
    expect(siteFeatures(registry.find((s) => s.id === id)!)).toContain('random-video-chat');
  });

  it.each(['twitch', 'tiktok'])('%s has gifts', (id) => {
    expect(siteFeatures(registry.find((s) => s.id === id)!)).toContain('gifts');
  });
});
