import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { shownLinks, validateRegistry } from '../../utils/validate-registry';
import { siteSchema } from '../../utils/registry-schema';
import { matchSite } from '../../utils/match-site';
import { buildSiteIndex } from '../../utils/site-index';

const sitesDir = join(import.meta.dirname, '..', '..', 'content', 'sites');
const REQUIRED_IDS = [
  'twitch',
  'youtube',
  'tiktok',
  'instagram',
  'facebook',
  'snapchat',
  'discord',
  'roblox',
  'kick',
  'x',
  'reddit',
  'yubo',
];

describe('the registry', () => {
  it('has no errors (each message names the site and field)', () => {
    const { errors, warnings } = validateRegistry(registry);
    for (const warning of warnings) console.warn(`[registry] ${warning}`);
    expect(errors).toEqual([]);
  });

  it('lists every file in content/sites, each exporting the entry named after it', () => {
    const files = readdirSync(sitesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(registry.map((s) => s.id).sort()).toEqual(files);
  });

  it('covers at least 30 platforms, including the core twelve', () => {
    expect(registry.length).toBeGreaterThanOrEqual(30);
    for (const id of REQUIRED_IDS) expect(registry.map((s) => s.id)).toContain(id);
  });

  it.each(registry.map((s) => [s.id, s] as const))(
    '%s parses with the schema and records sources',
    (_id, site) => {
      expect(siteSchema.safeParse(site).success).toBe(true);
      expect(site.sources.length).toBeGreaterThan(0);
      for (const { url } of shownLinks(site)) expect(url.startsWith('https://')).toBe(true);
    },
  );

  it.each(registry.filter((s) => s.live?.length).map((s) => [s.id, s] as const))(
    '%s detects its live test URLs and no others',
    (_id, site) => {
      const index = buildSiteIndex(registry);
      expect(site.testUrls?.live?.length).toBeGreaterThan(0);
      for (const url of site.testUrls?.live ?? [])
        expect(matchSite(url, index)).toEqual({ id: site.id, isLive: true });
      for (const url of site.testUrls?.notLive ?? [])
        expect(matchSite(url, index)).toEqual({ id: site.id, isLive: false });
    },
  );

  it('never matches the same URL to two sites', () => {
    const index = buildSiteIndex(registry);
    for (const site of registry) {
      for (const host of site.hosts) {
        const owners = index.filter((e) => e.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
        expect(owners.map((o) => o.id)).toEqual([site.id]);
      }
    }
  });
});
