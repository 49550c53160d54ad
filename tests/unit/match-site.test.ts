import { describe, expect, it } from 'vitest';
import {
  hostMatches,
  isLivePath,
  matchSite,
  normaliseHostname,
  siteForHostname,
} from '../../utils/match-site';
import { buildHostIndex } from '../../utils/site-index';
import { validSite } from './fixtures/valid-site';
import type { SiteIndexEntry } from '../../utils/site-index';

const index: SiteIndexEntry[] = [
  {
    id: 'twitch',
    hosts: ['twitch.tv'],
    excludeHosts: ['player.twitch.tv'],
    live: [{ path: '^/(?!(?:directory|videos|settings)(?:/|$))[A-Za-z0-9_]{3,25}/?$' }],
  },
  {
    id: 'tiktok',
    hosts: ['tiktok.com'],
    live: [{ path: '^/@[^/]+/live/?$' }, { path: '^/share/live/\\d+/?$', hosts: ['m.tiktok.com'] }],
  },
  { id: 'discord', hosts: ['discord.com', 'discord.gg'] },
];

describe('hostMatches', () => {
  it.each([
    ['twitch.tv', 'twitch.tv', true],
    ['www.twitch.tv', 'twitch.tv', true],
    ['a.b.twitch.tv', 'twitch.tv', true],
    ['nottwitch.tv', 'twitch.tv', false],
    ['twitch.tv.evil.example', 'twitch.tv', false],
    ['twitchtv', 'twitch.tv', false],
  ])('%s against %s → %s', (hostname, host, expected) => {
    expect(hostMatches(hostname, host)).toBe(expected);
  });
});

describe('normaliseHostname', () => {
  it.each([
    ['www.twitch.tv', 'www.twitch.tv'],
    ['www.twitch.tv.', 'www.twitch.tv'],
    ['192.168.0.1', undefined],
    ['[::1]', undefined],
    ['1.2.3.4.example', '1.2.3.4.example'],
  ])('%s → %s', (hostname, expected) => {
    expect(normaliseHostname(hostname)).toBe(expected);
  });
});

describe('siteForHostname (the loader reads location.hostname)', () => {
  it.each([
    ['www.twitch.tv', 'twitch'],
    ['twitch.tv.', 'twitch'],
    ['m.tiktok.com', 'tiktok'],
    ['discord.gg', 'discord'],
    ['player.twitch.tv', null],
    ['nottwitch.tv', null],
    ['twitch.tv.evil.example', null],
    ['127.0.0.1', null],
  ])('%s → %s', (hostname, expected) => {
    expect(siteForHostname(hostname, index)?.id ?? null).toBe(expected);
  });

  it('agrees with matchSite on every URL it is given', () => {
    for (const url of [
      'https://www.twitch.tv/x',
      'https://player.twitch.tv/',
      'https://www.tiktok.com/',
      'https://example.org/',
    ]) {
      expect(siteForHostname(new URL(url).hostname, index)?.id ?? null).toBe(
        matchSite(url, index)?.id ?? null,
      );
    }
  });
});

describe('matchSite', () => {
  it.each([
    ['https://www.twitch.tv/somechannel', { id: 'twitch', isLive: true }],
    ['https://twitch.tv/somechannel/', { id: 'twitch', isLive: true }],
    ['https://m.twitch.tv/somechannel', { id: 'twitch', isLive: true }],
    ['https://WWW.TWITCH.TV/somechannel', { id: 'twitch', isLive: true }],
    ['https://www.twitch.tv./somechannel', { id: 'twitch', isLive: true }],
    ['https://www.twitch.tv/directory', { id: 'twitch', isLive: false }],
    ['https://www.twitch.tv/videos/123', { id: 'twitch', isLive: false }],
    ['https://www.twitch.tv/somechannel/videos', { id: 'twitch', isLive: false }],
    ['https://www.twitch.tv/', { id: 'twitch', isLive: false }],
    ['http://www.twitch.tv/somechannel', { id: 'twitch', isLive: true }],
    ['https://www.tiktok.com/@someone/live', { id: 'tiktok', isLive: true }],
    ['https://www.tiktok.com/@someone', { id: 'tiktok', isLive: false }],
    ['https://m.tiktok.com/share/live/12345', { id: 'tiktok', isLive: true }],
    ['https://www.tiktok.com/share/live/12345', { id: 'tiktok', isLive: false }],
    ['https://discord.gg/abc', { id: 'discord', isLive: false }],
  ])('%s → %o', (url, expected) => {
    expect(matchSite(url, index)).toEqual(expected);
  });

  it.each([
    'https://twitch.tv.evil.example/somechannel',
    'https://nottwitch.tv/somechannel',
    'https://www.twitch.tv.example.com/',
    'https://twitch.tv-login.example/',
    'https://xn--twtch-3ya.tv/somechannel',
    'https://twítch.tv/somechannel',
    'https://player.twitch.tv/?channel=x',
    'https://a.player.twitch.tv/',
    'https://127.0.0.1/somechannel',
    'https://[::1]/somechannel',
    'https://3232235777/',
    'file:///home/twitch.tv/x',
    'ftp://twitch.tv/x',
    'javascript:alert(1)//twitch.tv',
    'https://evil.example/?next=https://www.twitch.tv/',
    'https://evil.example/#twitch.tv',
    'https://twitch.tv@evil.example/',
    'not a url',
    '',
  ])('does not match %s', (url) => {
    expect(matchSite(url, index)).toBeNull();
  });
});

describe('isLivePath', () => {
  const twitch = index[0]!;
  it.each([
    ['/somechannel', true],
    ['/directory', false],
    ['/SomeChannel', true],
    ['/somechannel/videos', false],
  ])('www.twitch.tv%s → %s', (path, expected) => {
    expect(isLivePath(twitch, 'www.twitch.tv', path)).toBe(expected);
  });

  it('is never live without patterns', () => {
    expect(isLivePath({}, 'discord.com', '/live')).toBe(false);
  });

  it('takes a damaged stored pattern as not matching, and still checks the others', () => {
    const damaged = {
      live: [null, { path: '(' }, { path: '^/x$', hosts: 'm.twitch.tv' }, { path: '^/live$' }],
    } as unknown as Pick<SiteIndexEntry, 'live'>;
    expect(isLivePath(damaged, 'www.twitch.tv', '/live')).toBe(true);
    expect(isLivePath(damaged, 'www.twitch.tv', '/x')).toBe(false);
  });
});

describe('buildHostIndex', () => {
  it('keeps only ids and hosts for the content-script bundle', () => {
    const built = buildHostIndex([validSite()]);
    expect(built).toEqual([{ id: 'example', hosts: ['example-live.com'] }]);
  });
});
