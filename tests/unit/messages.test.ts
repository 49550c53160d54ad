import { describe, expect, it } from 'vitest';
import { isFromThisExtension, isPageDataRequest, isPageSeenMessage } from '../../utils/messages';

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

describe('isPageDataRequest', () => {
  it('accepts a well-formed request', () => {
    expect(isPageDataRequest({ type: 'streamwise:page-data', siteId: 'twitch' })).toBe(true);
  });

  it.each([
    ['a page message', { type: 'streamwise:page', siteId: 'twitch', isLive: true }],
    ['a bad siteId', { type: 'streamwise:page-data', siteId: 'Twitch!' }],
    ['extra keys', { type: 'streamwise:page-data', siteId: 'twitch', all: true }],
    ['nothing', undefined],
  ])('rejects %s', (_name, message) => {
    expect(isPageDataRequest(message)).toBe(false);
  });
});
