import { describe, expect, it } from 'vitest';
import {
  extractUrls,
  hostAllowed,
  linksReport,
  trackingParams,
  urlProblems,
  urlsInText,
  urlsInValue,
} from '../../utils/link-check';

describe('extractUrls', () => {
  it('finds every address in source text, without quotes or trailing punctuation', () => {
    const text = `url: 'https://a.example/x?y=1', note: "see https://b.example/page." (http://c.example/)`;
    expect(extractUrls(text)).toEqual([
      'https://a.example/x?y=1',
      'https://b.example/page',
      'http://c.example/',
    ]);
  });
});

describe('urlProblems', () => {
  it('accepts a plain https help page', () => {
    expect(urlProblems('https://help.example.com/hc/en-us/articles/123-Report')).toEqual([]);
    expect(urlProblems('https://support.google.com/youtubekids/answer/6130562')).toEqual([]);
  });

  it('rejects http and broken addresses', () => {
    expect(urlProblems('http://example.com/')).toEqual(['is not https']);
    expect(urlProblems('not a url')).toEqual(['is not a valid address']);
  });

  it('names tracking parameters', () => {
    expect(trackingParams(new URL('https://x.example/?utm_source=rss&id=4&fbclid=z'))).toEqual([
      'utm_source',
      'fbclid',
    ]);
    expect(urlProblems('https://help.instagram.com/517920941588885/?helpref=related_articles')).toEqual([
      'has tracking parameters (helpref)',
    ]);
    expect(urlProblems('https://x.example/?igsh=a&search_session_id=b&sr=c&cms_platform=d')).toHaveLength(1);
    expect(urlProblems('https://x.example/page?view=human&id=4')).toEqual([]);
  });

  it('rejects comment, forum, archive, mirror and proxy pages', () => {
    for (const address of [
      'https://www.reddit.com/r/Twitch/comments/14g4cn2/x/',
      'https://consumer.ftc.gov/comment/176679',
      'https://example.com/forum/thread/1',
      'https://forums.example.com/t/1',
      'https://archive.is/abc',
      'https://web.archive.org/web/2024/https://example.com/',
      'https://some-proxy.netlify.app/page',
      'https://redlib.example.eu/r/pan',
      'https://libreddit.example.lt/r/x',
      'https://app.example.org/proxy?url=https%3A%2F%2Fwp.me%2Fx',
    ]) {
      expect(urlProblems(address), address).not.toEqual([]);
    }
  });
});

describe('hostAllowed', () => {
  it('allows a host and its subdomains, not look-alikes', () => {
    expect(hostAllowed('help.kick.com', ['kick.com'])).toBe(true);
    expect(hostAllowed('kick.com', ['kick.com'])).toBe(true);
    expect(hostAllowed('notkick.com', ['kick.com'])).toBe(false);
    expect(hostAllowed('kick.com.evil.example', ['kick.com'])).toBe(false);
  });
});

describe('links report helpers', () => {
  it('finds addresses in data with their field paths, and in text with line numbers', () => {
    expect(urlsInValue({ a: 'https://x.example/1', b: [{ c: 'see https://y.example/2' }], n: 3 })).toEqual([
      { url: 'https://x.example/1', where: 'a' },
      { url: 'https://y.example/2', where: 'b[0].c' },
    ]);
    expect(urlsInText('one\nurl: "https://z.example/"', 'tips.ts')).toEqual([
      { url: 'https://z.example/', where: 'tips.ts:2' },
    ]);
  });

  it('lists each address once, by host, with every place it is used', () => {
    expect(
      linksReport([
        { url: 'https://b.example/2', where: 'b' },
        { url: 'https://a.example/1', where: 'x' },
        { url: 'https://a.example/1', where: 'y' },
      ]),
    ).toEqual(['a.example\thttps://a.example/1\tx; y', 'b.example\thttps://b.example/2\tb']);
  });
});
