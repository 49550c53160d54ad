import { describe, expect, it } from 'vitest';
import { buildChipText, chipExpandLabel, isChipText } from '../../utils/chip-text';
import { parseLoaderSite, toLoaderSite } from '../../utils/loader-site';
import { parsePanelRules } from '../../utils/effective-settings';
import { isLivePath } from '../../utils/match-site';
import type { SiteIndexEntry } from '../../utils/site-index';

const isLiveUrl = (href: string, site: Pick<SiteIndexEntry, 'live'>) => {
  const url = new URL(href);
  return isLivePath(site, url.hostname, url.pathname);
};
import { isPageSeenMessage } from '../../utils/messages';
import { catalogs } from '../../utils/catalogs';
import { registry } from '../../content/sites/index';

describe('chip text', () => {
  it.each(Object.keys(catalogs))('%s: both strings, the site name filled in', (language) => {
    const text = buildChipText(catalogs[language]!);
    expect(isChipText(text)).toBe(true);
    const label = chipExpandLabel(text!, 'Twitch');
    expect(label).toContain('Twitch');
    expect(label).not.toMatch(/\$|\{site\}/);
  });

  it('is undefined for a catalogue without the chip keys', () => {
    expect(buildChipText({})).toBeUndefined();
    expect(isChipText({ label: 'x' })).toBe(false);
  });
});

describe('loader site record', () => {
  it('round-trips every registry site: same name, same live verdicts as the full entry', () => {
    for (const entry of registry) {
      const stored = JSON.parse(JSON.stringify(toLoaderSite(entry))) as unknown;
      const site = parseLoaderSite(stored, entry.id);
      expect(site.name).toBe(entry.name);
      for (const url of [...(entry.testUrls?.live ?? []), ...(entry.testUrls?.notLive ?? [])]) {
        expect(isLiveUrl(url, site), `${entry.id} ${url}`).toBe(isLiveUrl(url, entry));
      }
    }
  });

  it.each([undefined, null, 'x', { name: 3, live: 'nope' }, { live: [{ path: 5 }] }])(
    'a missing or corrupt record (%j) names the site by its id and is never live',
    (raw) => {
      const site = parseLoaderSite(raw, 'twitch');
      expect(site.name).toBe('twitch');
      expect(isLiveUrl('https://www.twitch.tv/somechannel', site)).toBe(false);
    },
  );
});

describe('parsePanelRules', () => {
  it('keeps valid keys and repairs the others one by one', () => {
    expect(
      parsePanelRules({
        panelMode: 'live-only',
        panelCorner: 'sideways',
        disabledSites: ['x', 3],
        language: 'pl',
      }),
    ).toEqual({
      panelMode: 'live-only',
      panelCorner: 'bottom-right',
      disabledSites: ['x'],
      language: 'pl',
    });
    expect(parsePanelRules(undefined)).toEqual({
      panelMode: 'auto',
      panelCorner: 'bottom-right',
      disabledSites: [],
      language: 'auto',
    });
    expect(parsePanelRules({ language: 'pl-PL' }).language).toBe('auto');
  });
});

describe('the page message', () => {
  it('may ask the worker to seed storage again, and nothing else extra', () => {
    const base = { type: 'streamwise:page', siteId: 'twitch', isLive: false };
    expect(isPageSeenMessage({ ...base, reseed: true })).toBe(true);
    expect(isPageSeenMessage({ ...base, reseed: false })).toBe(false);
    expect(isPageSeenMessage({ ...base, extra: 1 })).toBe(false);
  });
});
