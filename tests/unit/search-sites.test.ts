import { describe, expect, it } from 'vitest';
import { searchSites } from '../../utils/search-sites';

const sites = [
  { id: 'twitch', name: 'Twitch', hosts: ['twitch.tv'] },
  { id: 'x', name: 'X (Twitter)', hosts: ['x.com', 'twitter.com'] },
  { id: 'zepeto', name: 'ZEPETO', hosts: ['zepeto.me'] },
];

describe('searchSites', () => {
  it.each([
    ['', ['twitch', 'x', 'zepeto']],
    ['  ', ['twitch', 'x', 'zepeto']],
    ['twi', ['twitch', 'x']],
    ['TWITTER', ['x']],
    ['zépéto', ['zepeto']],
    ['.tv', ['twitch']],
    ['nothing', []],
  ])('%j → %j', (query, ids) => {
    expect(searchSites(sites, query).map((s) => s.id)).toEqual(ids);
  });
});
