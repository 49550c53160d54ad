import { describe, expect, it } from 'vitest';
import { registryExcludePatterns, registryMatchPatterns } from '../../utils/match-patterns';

describe('registryMatchPatterns', () => {
  it('lists each host and its subdomains, sorted and without duplicates', () => {
    expect(
      registryMatchPatterns([{ hosts: ['twitch.tv', 'www.twitch.tv'] }, { hosts: ['kick.com'] }]),
    ).toEqual([
      '*://*.kick.com/*',
      '*://*.twitch.tv/*',
      '*://*.www.twitch.tv/*',
      '*://kick.com/*',
      '*://twitch.tv/*',
      '*://www.twitch.tv/*',
    ]);
  });

  it('gives nothing for an empty registry', () => {
    expect(registryMatchPatterns([])).toEqual([]);
  });
});

describe('registryExcludePatterns', () => {
  it('covers excluded hosts and their subdomains', () => {
    expect(registryExcludePatterns([{ excludeHosts: ['player.twitch.tv'] }, {}])).toEqual([
      '*://*.player.twitch.tv/*',
      '*://player.twitch.tv/*',
    ]);
  });
});
