// The built manifests, as the stores and browsers will read them: only `storage`, content scripts
// only on registry hosts, nothing loosened. Runs after `npm run build` (which builds Chrome and Firefox).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { registryExcludePatterns, registryMatchPatterns } from '../../utils/match-patterns';
import { buildSiteIndex } from '../../utils/site-index';
import { extensionIdFromKey } from '../../scripts/lib/extension-id';
import { repoRoot } from '../../scripts/lib/paths';

/** The dev/test ID every unpacked Chrome build gets from assets/dev-key.pub.txt (policy tests rely on it). */
const DEV_EXTENSION_ID = 'ehpknkchjfkmeajnmmikdlninlejjkgf';
const GECKO_ID = 'streamwise@streamwise-extension.org';

const chromeDir = path.join(repoRoot, '.output', 'chrome-mv3');
const firefoxDir = path.join(repoRoot, '.output', 'firefox-mv3');

type Json = Record<string, unknown>;
interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  all_frames?: boolean;
  run_at?: string;
  world?: string;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  js?: string[];
  css?: string[];
}

function readManifest(dir: string): Json {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` (it builds chrome-mv3 and firefox-mv3).`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

const siteIndex = buildSiteIndex(registry);
const expectedMatches = registryMatchPatterns(siteIndex);
const expectedExcludes = registryExcludePatterns(siteIndex);

/** Hosts named by match patterns (`*://h/*` and `*://*.h/*` both give h), sorted and unique. */
function hostsOf(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((p) => p.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '')))].sort();
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Checks shared by every browser's manifest. */
function describeCommon(browserName: string, dir: string): void {
  describe(`${browserName} manifest: shared rules`, () => {
    const manifest = (): Json => readManifest(dir);

    it('is Manifest V3 and asks for exactly ["storage"]', () => {
      const m = manifest();
      console.log(`[${browserName}] permissions: ${JSON.stringify(m.permissions)}`);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(['storage']);
    });

    it('asks for no host permissions and no optional permissions', () => {
      const m = manifest();
      expect(m.host_permissions).toBeUndefined();
      expect(m.optional_permissions).toBeUndefined();
      expect(m.optional_host_permissions).toBeUndefined();
    });

    it('has one content script (the loader), top frame only, at document_start, on exactly the registry hosts', () => {
      const scripts = manifest().content_scripts as ContentScript[] | undefined;
      expect(scripts).toHaveLength(1);
      const [script] = scripts as [ContentScript];
      console.log(
        `[${browserName}] content script: ${script.matches?.length} matches, ` +
          `${script.exclude_matches?.length ?? 0} exclude_matches, run_at ${script.run_at}`,
      );
      expect([false, undefined]).toContain(script.all_frames);
      expect(script.run_at).toBe('document_start');
      expect([undefined, 'ISOLATED']).toContain(script.world);
      expect(script.match_about_blank).toBeUndefined();
      expect(script.match_origin_as_fallback).toBeUndefined();
      expect(script.js).toEqual(['loader.js']);
      expect(script.css).toBeUndefined();
      expect(script.matches).toEqual(expectedMatches);
      if (expectedExcludes.length > 0) expect(script.exclude_matches).toEqual(expectedExcludes);
      else expect(script.exclude_matches).toBeUndefined();
      // No pattern wider than a registry host: no <all_urls>, no bare wildcard host, no scheme other than *.
      for (const pattern of script.matches ?? []) {
        expect(pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
      }
      for (const file of [...(script.js ?? []), ...(script.css ?? [])]) {
        expect(existsSync(path.join(dir, file)), `${file} exists`).toBe(true);
      }
    });

    it('makes only the full panel web-accessible, and only to registry pages (docs/adr/0001)', () => {
      const war = manifest().web_accessible_resources as {
        resources: string[];
        matches?: string[];
        extension_ids?: string[];
        use_dynamic_url?: boolean;
      }[];
      expect(war).toHaveLength(1);
      const [entry] = war as [(typeof war)[number]];
      expect(entry.resources).toEqual(['panel.js']);
      expect(existsSync(path.join(dir, 'panel.js'))).toBe(true);
      expect(entry.matches).toEqual(expectedMatches);
      expect(entry.extension_ids).toBeUndefined();
      // Chromium: reachable only at a per-session URL. Firefox's moz-extension:// host is random per install.
      if (browserName.startsWith('chrome')) expect(entry.use_dynamic_url).toBe(true);
      else expect(entry.use_dynamic_url).toBeUndefined();
    });

    it("keeps the browser's default content security policy", () => {
      expect(manifest().content_security_policy).toBeUndefined();
    });

    it('declares the oldest browser versions it supports (docs/store.md)', () => {
      const m = manifest();
      if (browserName.startsWith('chrome')) expect(m.minimum_chrome_version).toBe('138');
      else {
        const settings = m.browser_specific_settings as { gecko: Json; gecko_android: Json };
        expect(settings.gecko.strict_min_version).toBe('140.0');
        expect(settings.gecko_android.strict_min_version).toBe('142.0');
      }
    });

    it('takes its name and description from _locales/en', () => {
      const m = manifest();
      expect(m.default_locale).toBe('en');
      expect(m.name).toBe('__MSG_extName__');
      expect(m.description).toBe('__MSG_extDescription__');
      const messages = JSON.parse(
        readFileSync(path.join(dir, '_locales', 'en', 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      // Every __MSG_x__ the manifest uses resolves (Chrome refuses to load the extension otherwise).
      const used = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string);
      for (const key of used) expect(messages[key]?.message, `message ${key}`).toBeTruthy();
      // Store limits: name ≤ 75 characters, description ≤ 132.
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
    });

    it('references icons that exist at their declared size', () => {
      const m = manifest();
      const icons = m.icons as Record<string, string>;
      const actionIcons = (m.action as { default_icon?: Record<string, string> } | undefined)?.default_icon;
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
      expect(actionIcons).toEqual(icons);
      for (const [size, file] of Object.entries(icons)) {
        expect(pngSize(path.join(dir, file)), file).toEqual({ width: Number(size), height: Number(size) });
      }
    });

    it('lets no other extension or web page message it', () => {
      const m = manifest();
      expect(m.externally_connectable).toBeUndefined();
      expect(m.update_url).toBeUndefined();
    });
  });
}

describeCommon('chrome-mv3', chromeDir);
describeCommon('firefox-mv3', firefoxDir);

describe('chrome-mv3 manifest: Chromium specifics', () => {
  it(`carries the dev key, which gives the fixed ID ${DEV_EXTENSION_ID}`, () => {
    const m = readManifest(chromeDir);
    const devKey = readFileSync(path.join(repoRoot, 'assets', 'dev-key.pub.txt'), 'utf8').trim();
    expect(m.key).toBe(devKey);
    expect(extensionIdFromKey(m.key as string)).toBe(DEV_EXTENSION_ID);
  });

  it('names the managed-storage schema, and the schema is in the build', () => {
    const m = readManifest(chromeDir);
    const schemaFile = (m.storage as { managed_schema?: string } | undefined)?.managed_schema;
    expect(schemaFile).toBe('managed_schema.json');
    const schemaPath = path.join(chromeDir, 'managed_schema.json');
    expect(existsSync(schemaPath), `${schemaPath} exists (public/managed_schema.json)`).toBe(true);
    expect((JSON.parse(readFileSync(schemaPath, 'utf8')) as Json).type).toBe('object');
  });

  it('has no Firefox-only settings', () => {
    expect(readManifest(chromeDir).browser_specific_settings).toBeUndefined();
  });

  it('content-script hosts match the reviewed snapshot', async () => {
    const scripts = readManifest(chromeDir).content_scripts as ContentScript[];
    const snapshot = {
      hosts: hostsOf(scripts[0]?.matches ?? []),
      excludeHosts: hostsOf(scripts[0]?.exclude_matches ?? []),
    };
    console.log(
      `[chrome-mv3] ${snapshot.hosts.length} hosts, ${snapshot.excludeHosts.length} excluded hosts`,
    );
    // A change to the set of hosts shows up in review as a diff of this file (update: vitest -u).
    await expect(`${JSON.stringify(snapshot, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/matches.json',
    );
  });
});

describe('firefox-mv3 manifest: Firefox specifics', () => {
  it(`has the add-on ID ${GECKO_ID} and declares no data collection`, () => {
    const gecko = (readManifest(firefoxDir).browser_specific_settings as { gecko?: Json } | undefined)?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has no Chromium-only keys (no dev key, no managed-storage schema)', () => {
    const m = readManifest(firefoxDir);
    expect(m.key).toBeUndefined();
    expect(m.storage).toBeUndefined();
  });

  it('runs its background as an event page script, not a service worker', () => {
    const background = readManifest(firefoxDir).background as { scripts?: string[]; service_worker?: string };
    expect(background.service_worker).toBeUndefined();
    expect(background.scripts).toEqual(['background.js']);
  });
});
