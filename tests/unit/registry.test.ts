import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { validateRegistry } from '../../utils/validate-registry';

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

  // validateRegistry (above) parses each entry with the schema (sources, https links), runs each entry's
  // test URLs through the matcher and refuses a host two entries claim; it cannot ask for test URLs.
  it.each(registry.filter((s) => s.live?.length).map((s) => [s.id, s] as const))(
    '%s has live test URLs, so its live patterns are exercised',
    (_id, site) => {
      expect(site.testUrls?.live?.length).toBeGreaterThan(0);
    },
  );
});
