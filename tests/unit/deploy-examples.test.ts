import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { CONTACT_FIELDS } from '../../utils/policy-fields';
import { POLICY_KEYS, parsePolicy } from '../../utils/policy';
import { AUDIENCES, PANEL_CORNERS, PANEL_MODES, SETTINGS_KEYS } from '../../utils/settings-model';
import { isRecord } from '../../utils/notices';

/**
 * The admin examples in docs/examples must all be valid, all say the same thing, and match both the
 * code's contract (parsePolicy) and Chrome's schema (public/managed_schema.json).
 */

const root = join(import.meta.dirname, '..', '..');
const examplesDir = join(root, 'docs', 'examples');
const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');
const siteIds = registry.map((site) => site.id);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const managedSchema = JSON.parse(read('public', 'managed_schema.json')) as Schema;
const reference = JSON.parse(read('docs', 'examples', 'chrome-policy.json')) as Record<string, Json>;

// --- A validator for the JSON Schema subset Chrome implements (components/policy/core/common/schema.cc).

/** Attributes Chrome's policy schema parser knows, per type; it ignores any other attribute silently. */
const CHROME_ATTRIBUTES: Record<string, readonly string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: [
    'additionalProperties',
    'description',
    'id',
    'patternProperties',
    'properties',
    'required',
    'sensitiveValue',
    'title',
    'type',
  ],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

function unsupportedAttributes(schema: Schema, path: string): string[] {
  const type = schema.type as string;
  const allowed = CHROME_ATTRIBUTES[type];
  if (!allowed) return [`${path}: type ${String(type)}`];
  const problems = Object.keys(schema)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${path}.${key}`);
  if (type === 'array') problems.push(...unsupportedAttributes(schema.items as Schema, `${path}[]`));
  if (type === 'object' && isRecord(schema.properties)) {
    for (const [key, sub] of Object.entries(schema.properties)) {
      problems.push(...unsupportedAttributes(sub as Schema, `${path}.${key}`));
    }
  }
  if (type === 'object' && isRecord(schema.additionalProperties)) {
    problems.push(...unsupportedAttributes(schema.additionalProperties as Schema, `${path}.*`));
  }
  return problems;
}

/** Chrome's checks: type, enum, pattern (a partial match, so patterns must be anchored), items, properties, required. */
function chromeErrors(value: Json | undefined, schema: Schema, path = 'policy'): string[] {
  const type = schema.type;
  const actual = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;
  if (actual !== type && !(type === 'number' && actual === 'integer'))
    return [`${path}: ${actual} is not ${type}`];
  const errors: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as Json)) errors.push(`${path}: not in enum`);
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value as string)) {
    errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (type === 'array') {
    (value as Json[]).forEach((item, i) =>
      errors.push(...chromeErrors(item, schema.items as Schema, `${path}[${i}]`)),
    );
  }
  if (type === 'object') {
    const record = value as Record<string, Json>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const additional = isRecord(schema.additionalProperties)
      ? (schema.additionalProperties as Schema)
      : undefined;
    for (const [key, sub] of Object.entries(record)) {
      if (Object.hasOwn(properties, key))
        errors.push(...chromeErrors(sub, properties[key]!, `${path}.${key}`));
      else if (additional) errors.push(...chromeErrors(sub, additional, `${path}.${key}`));
      else if (path === 'policy') errors.push(`${path}.${key}: unknown policy`);
    }
    for (const key of (schema.required ?? []) as string[]) {
      if (!Object.hasOwn(record, key)) errors.push(`${path}.${key}: required`);
    }
  }
  return errors;
}

// --- Minimal readers for the two non-JSON formats.

/** Values under one key of a .reg file: REG_SZ strings and DWORDs. */
function readRegKey(text: string, keyPath: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  let current: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) {
      current = line.slice(1, line.lastIndexOf(']'));
      continue;
    }
    if (current !== keyPath || line.startsWith(';') || line.trim() === '') continue;
    const match = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!match) throw new Error(`unreadable .reg line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    values[unescape(match[1]!)] =
      match[3] !== undefined ? Number.parseInt(match[3], 16) : unescape(match[2]!);
  }
  return values;
}

/** Chrome's conversion of registry values by schema type (components/policy/core/common/registry_dict.cc). */
function fromRegistry(values: Record<string, string | number>): Record<string, Json> {
  const properties = managedSchema.properties as Record<string, Schema>;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      const type = properties[key]?.type;
      if (type === 'boolean') return [key, value !== 0];
      if ((type === 'array' || type === 'object') && typeof value === 'string')
        return [key, JSON.parse(value) as Json];
      return [key, value];
    }),
  );
}

/** A plist reader for the elements configuration profiles use. */
function readPlist(xml: string): Json {
  const tokens = xml
    .replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '')
    .match(/<[^>]+>|[^<]+/g)!
    .filter((t) => t.trim() !== '');
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  let i = 0;
  const textOf = (close: string) => {
    const text = tokens[i]!.startsWith('<') ? '' : unescape(tokens[i++]!);
    if (tokens[i++] !== close) throw new Error(`expected ${close}`);
    return text;
  };
  const value = (): Json => {
    const tag = tokens[i++]!;
    if (tag === '<dict>') {
      const dict: Record<string, Json> = {};
      while (tokens[i] !== '</dict>') {
        if (tokens[i++] !== '<key>') throw new Error('expected <key>');
        const key = textOf('</key>');
        Object.defineProperty(dict, key, {
          value: value(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      i += 1;
      return dict;
    }
    if (tag === '<array>') {
      const array: Json[] = [];
      while (tokens[i] !== '</array>') array.push(value());
      i += 1;
      return array;
    }
    if (tag === '<string>') return textOf('</string>');
    if (tag === '<integer>') return Number.parseInt(textOf('</integer>'), 10);
    if (tag === '<true/>') return true;
    if (tag === '<false/>') return false;
    throw new Error(`unexpected ${tag}`);
  };
  if (tokens[i++] !== '<plist version="1.0">') throw new Error('not a plist');
  const result = value();
  if (tokens[i] !== '</plist>') throw new Error('trailing content');
  return result;
}

// --- The examples, each reduced to the extension policy object it carries.

const exampleFiles = readdirSync(examplesDir).sort();

/** Each reader also checks its file's install part; it runs inside a test. */
const readers: Record<string, () => Json> = {
  'chrome-policy.json': () => reference,
  'google-admin-policy.json': () => {
    const wrapped = JSON.parse(read('docs', 'examples', 'google-admin-policy.json')) as Record<string, Json>;
    return Object.fromEntries(
      Object.entries(wrapped).map(([key, entry]) => {
        expect(Object.keys(entry as object)).toEqual(['Value']);
        return [key, (entry as Record<string, Json>).Value!];
      }),
    );
  },
  'firefox-policies.json': () => {
    const file = JSON.parse(read('docs', 'examples', 'firefox-policies.json')) as {
      policies: {
        ExtensionSettings: Record<string, Record<string, string>>;
        '3rdparty': { Extensions: Record<string, Json> };
      };
    };
    expect(Object.keys(file.policies).sort()).toEqual(['3rdparty', 'ExtensionSettings']);
    expect(file.policies.ExtensionSettings['<GECKO_ID>']?.installation_mode).toBe('force_installed');
    expect(file.policies.ExtensionSettings['<GECKO_ID>']?.install_url).toMatch(
      /^https:\/\/addons\.mozilla\.org\//,
    );
    expect(Object.keys(file.policies['3rdparty'].Extensions)).toEqual(['<GECKO_ID>']);
    return file.policies['3rdparty'].Extensions['<GECKO_ID>']!;
  },
  'edge-windows.reg': () => {
    const text = read('docs', 'examples', 'edge-windows.reg');
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    // ASCII only: a non-ASCII character would need the file saved as UTF-16.
    expect([...text].every((c) => c === '\t' || c === '\r' || c === '\n' || (c >= ' ' && c <= '~'))).toBe(
      true,
    );
    const edge = readRegKey(text, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge');
    const install = JSON.parse(edge.ExtensionSettings as string) as Record<string, Record<string, string>>;
    expect(install['<EXTENSION_ID>']).toEqual({
      installation_mode: 'force_installed',
      update_url: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
    });
    return fromRegistry(
      readRegKey(
        text,
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\<EXTENSION_ID>\\policy',
      ),
    );
  },
  'macos-chrome.mobileconfig': () => {
    const profile = readPlist(read('docs', 'examples', 'macos-chrome.mobileconfig')) as Record<string, Json>;
    expect(profile.PayloadType).toBe('Configuration');
    const payloads = profile.PayloadContent as Record<string, Json>[];
    const uuids = [profile.PayloadUUID, ...payloads.map((p) => p.PayloadUUID)];
    for (const uuid of uuids)
      expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(new Set(uuids).size).toBe(uuids.length);
    const [prefs] = payloads;
    expect(prefs?.PayloadType).toBe('com.apple.ManagedClient.preferences');
    const domains = prefs?.PayloadContent as Record<
      string,
      { Forced: { mcx_preference_settings: Record<string, Json> }[] }
    >;
    const chrome = domains['com.google.Chrome']!.Forced[0]!.mcx_preference_settings;
    expect((chrome.ExtensionSettings as Record<string, Json>)['<EXTENSION_ID>']).toEqual({
      installation_mode: 'force_installed',
      update_url: 'https://clients2.google.com/service/update2/crx',
    });
    return domains['com.google.Chrome.extensions.<EXTENSION_ID>']!.Forced[0]!.mcx_preference_settings;
  },
};

describe('docs/examples', () => {
  it('has exactly the expected example files', () => {
    expect(exampleFiles).toEqual(Object.keys(readers).sort());
  });

  it.each(exampleFiles.filter((f) => f.endsWith('.json')))('%s is valid JSON', (file) => {
    expect(() => JSON.parse(read('docs', 'examples', file))).not.toThrow();
  });

  it.each(Object.keys(readers))('%s carries a policy parsePolicy accepts with zero notices', (file) => {
    const policy = readers[file]!();
    const result = parsePolicy(policy, siteIds);
    expect(result.notices).toEqual([]);
    expect(result.policy).toEqual(policy);
  });

  it.each(Object.keys(readers))('%s sets every policy, the same as chrome-policy.json', (file) => {
    const policy = readers[file]!();
    expect(Object.keys(policy as object).sort()).toEqual([...POLICY_KEYS].sort());
    expect(policy).toEqual(reference);
  });

  it.each(Object.keys(readers))('%s passes Chrome’s validation against managed_schema.json', (file) => {
    expect(chromeErrors(readers[file]!(), managedSchema)).toEqual([]);
  });

  it('the Chrome-style validator rejects what Chrome would drop', () => {
    expect(chromeErrors({ ...reference, audience: 'child' }, managedSchema)).toEqual([
      'policy.audience: not in enum',
    ]);
    expect(chromeErrors({ ...reference, region: 'gb' }, managedSchema)).toHaveLength(1);
    expect(chromeErrors({ ...reference, lockSettings: 'true' }, managedSchema)).toHaveLength(1);
    expect(chromeErrors({ ...reference, contact: { url: 'https://x.example' } }, managedSchema)).toEqual([
      'policy.contact.name: required',
    ]);
    expect(chromeErrors({ ...reference, colour: 'red' }, managedSchema)).toEqual([
      'policy.colour: unknown policy',
    ]);
    expect(chromeErrors({ ...reference, siteNotes: { roblox: 5 } }, managedSchema)).toEqual([
      'policy.siteNotes.roblox: integer is not string',
    ]);
    expect(chromeErrors({ ...reference, recommended: { panelCorner: 'middle' } }, managedSchema)).toEqual([
      'policy.recommended.panelCorner: not in enum',
    ]);
  });

  it('docs/deploy.md points to every example', () => {
    const guide = read('docs', 'deploy.md');
    for (const file of exampleFiles) expect(guide).toContain(`examples/${file}`);
  });
});

describe('public/managed_schema.json', () => {
  const properties = managedSchema.properties as Record<string, Schema>;

  it('is a top-level object schema without additionalProperties or patternProperties', () => {
    expect(managedSchema.type).toBe('object');
    expect(managedSchema).not.toHaveProperty('additionalProperties');
    expect(managedSchema).not.toHaveProperty('patternProperties');
  });

  it('lists exactly the contract keys, each with a title and a description', () => {
    expect(Object.keys(properties).sort()).toEqual([...POLICY_KEYS].sort());
    for (const key of POLICY_KEYS) {
      expect(properties[key]?.title, key).toEqual(expect.any(String));
      expect(properties[key]?.description, key).toEqual(expect.any(String));
    }
  });

  it('has the same enums as the code', () => {
    expect(properties.audience?.enum).toEqual([...AUDIENCES]);
    expect(properties.panelMode?.enum).toEqual([...PANEL_MODES]);
  });

  it('recommended holds exactly the user-settable keys, with the same checks as the enforced ones', () => {
    const recommended = properties.recommended?.properties as Record<string, Schema>;
    expect(Object.keys(recommended).sort()).toEqual([...SETTINGS_KEYS].sort());
    for (const key of ['audience', 'region', 'panelMode', 'disabledSites'] as const) {
      const { title: _a, description: _b, ...enforced } = properties[key]!;
      const { title: _c, ...inner } = recommended[key]!;
      expect(inner, key).toEqual(enforced);
    }
    expect(recommended.panelCorner?.enum).toEqual([...PANEL_CORNERS]);
  });

  it('siteNotes maps any site id to a text', () => {
    expect(properties.siteNotes?.additionalProperties).toEqual({ type: 'string' });
  });

  it('describes the contact fields the code reads', () => {
    const contact = properties.contact as Schema;
    expect(Object.keys(contact.properties as object).sort()).toEqual([...CONTACT_FIELDS].sort());
    expect(contact.required).toEqual(['name']);
  });

  it('uses only attributes Chrome supports, so none is silently ignored', () => {
    expect(unsupportedAttributes(managedSchema, 'schema')).toEqual([]);
  });

  it('checks that the unsupported-attribute check can fail', () => {
    expect(unsupportedAttributes({ type: 'string', maxLength: 3 }, 's')).toEqual(['s.maxLength']);
    expect(unsupportedAttributes({ type: 'array', items: { type: 'string', minLength: 1 } }, 'a')).toEqual([
      'a[].minLength',
    ]);
  });

  it('anchors its region pattern, because Chrome matches patterns partially', () => {
    const pattern = properties.region?.pattern as string;
    expect(pattern.startsWith('^') && pattern.endsWith('$')).toBe(true);
    for (const code of ['GB', 'UK', 'US', 'BR']) expect(new RegExp(pattern).test(code)).toBe(true);
    for (const code of ['gb', 'GBR', 'G', ' GB', 'INTL']) expect(new RegExp(pattern).test(code)).toBe(false);
  });

  it('does not pattern-check contact.url: a non-https url is dropped by the code, keeping the rest of the contact', () => {
    // With a pattern, Chrome would drop the whole contact instead.
    expect((properties.contact?.properties as Record<string, Schema>).url).not.toHaveProperty('pattern');
  });
});
