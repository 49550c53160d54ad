import { describe, expect, it } from 'vitest';
import { isFromThisExtension, isPageSeenMessage } from '../../utils/messages';

describe('isPageSeenMessage', () => {
  it('accepts a well-formed message', () => {
    expect(isPageSeenMessage({ type: 'streamwise:page', siteId: 'twitch', isLive: true })).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'streamwise:page'],
    ['wrong type', { type: 'other', siteId: 'twitch', isLive: true }],
    ['missing siteId', { type: 'streamwise:page', isLive: true }],
    ['bad siteId', { type: 'streamwise:page', siteId: '../x', isLive: true }],
    ['non-boolean isLive', { type: 'streamwise:page', siteId: 'twitch', isLive: 'yes' }],
    ['extra keys', { type: 'streamwise:page', siteId: 'twitch', isLive: true, url: 'https://x' }],
  ])('rejects %s', (_name, message) => {
    expect(isPageSeenMessage(message)).toBe(false);
  });
});

describe('isFromThisExtension', () => {
  it('accepts its own id only', () => {
    expect(isFromThisExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromThisExtension({ id: 'other' }, 'abc')).toBe(false);
    expect(isFromThisExtension({ url: 'https://evil.example/' }, 'abc')).toBe(false);
  });
});
