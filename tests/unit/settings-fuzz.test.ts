import { LANGUAGE_SETTINGS } from '../../utils/languages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { registry } from '../../content/sites/index';
import { MAX_CONTACT_TEXT, MAX_EXTRA_TIPS, MAX_TIP_LENGTH, isHttpsUrl } from '../../utils/policy-fields';
import { mergeSettings } from '../../utils/compute-effective-settings';
import { parsePolicy, type Policy } from '../../utils/policy';
import {
  AUDIENCES,
  PANEL_CORNERS,
  PANEL_MODES,
  SETTINGS_KEYS,
  defaultSettings,
  type Settings,
} from '../../utils/settings-model';
import { SETTINGS_VERSION, migrateSettings, parseStoredSettings } from '../../utils/stored-settings';
import { parseSettingsImport, serializeSettingsExport } from '../../utils/settings-file';
import { settingsSchema } from '../../utils/settings-schema';

const siteIds = registry.map((site) => site.id);
const RUNS = { numRuns: 400 };

// Keys a fuzzer should hit often: the real ones, legacy ones, and prototype traps.
const trickyKey = fc.oneof(
  fc.constantFrom(
    ...SETTINGS_KEYS,
    'schemaVersion',
    'panelPosition',
    'contact',
    'extraTips',
    'lockSettings',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ),
  fc.string({ maxLength: 12 }),
);
const trickyValue = fc.oneof(
  fc.constantFrom(
    ...AUDIENCES,
    ...PANEL_MODES,
    ...PANEL_CORNERS,
    'child',
    'left',
    'right',
    'UK',
    'GB',
    'INTL',
    'gb',
    'constructor',
    '__proto__',
    null,
    true,
    0,
    1,
    2,
    3,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.array(fc.constantFrom(...siteIds, 'myspace', '__proto__', '', 'Twitch'), { maxLength: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ minLength: 2000, maxLength: 5000 }),
);
const looseRecord = fc.dictionary(trickyKey, trickyValue, { maxKeys: 12 });
const anyInput = fc.oneof(
  looseRecord,
  fc.anything({ key: trickyKey, maxDepth: 3, withNullPrototype: true, withBoxedValues: true }),
);

const validSettings: fc.Arbitrary<Settings> = fc.record({
  audience: fc.constantFrom(...AUDIENCES),
  region: fc.oneof(
    fc.constant(null),
    fc.constant('INTL'),
    fc.stringMatching(/^[A-Z]{2}$/).filter((code) => code !== 'UK'),
  ),
  language: fc.constantFrom(...LANGUAGE_SETTINGS),
  panelMode: fc.constantFrom(...PANEL_MODES),
  panelCorner: fc.constantFrom(...PANEL_CORNERS),
  disabledSites: fc.uniqueArray(fc.constantFrom(...siteIds), { maxLength: 8 }),
  worriedButton: fc.boolean(),
});

// The policy contract, written independently in zod, as the oracle for what parsePolicy may return.
const policyOracle = z.strictObject({
  audience: z.enum(AUDIENCES).optional(),
  region: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .refine((c) => c !== 'UK')
    .optional(),
  language: z.enum(LANGUAGE_SETTINGS).optional(),
  disabledSites: z
    .array(z.enum(siteIds as [string, ...string[]]))
    .refine((ids) => new Set(ids).size === ids.length)
    .optional(),
  panelMode: z.enum(PANEL_MODES).optional(),
  contact: z
    .strictObject({
      name: z
        .string()
        .min(1)
        .max(MAX_CONTACT_TEXT * 2),
      url: z.string().refine(isHttpsUrl).optional(),
      phone: z
        .string()
        .min(1)
        .max(MAX_CONTACT_TEXT * 2)
        .optional(),
      email: z
        .string()
        .min(1)
        .max(MAX_CONTACT_TEXT * 2)
        .optional(),
    })
    .optional(),
  extraTips: z
    .array(
      z
        .string()
        .min(1)
        .max(MAX_TIP_LENGTH * 2),
    )
    .max(MAX_EXTRA_TIPS)
    .optional(),
  lockSettings: z.boolean().optional(),
  worriedButton: z.boolean().optional(),
});
const noticeSchema = z.array(z.strictObject({ key: z.string().min(1), message: z.string().min(1) }));

describe('parseStoredSettings on anything', () => {
  it('never throws, and always returns settings that pass the schema', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const result = parseStoredSettings(raw, { knownSiteIds: siteIds });
        settingsSchema.parse(result.settings);
        noticeSchema.parse(result.notices);
        expect(typeof result.futureVersion).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('keeps every valid field when others are corrupted or extra keys are added', () => {
    fc.assert(
      fc.property(
        validSettings,
        fc.dictionary(fc.constantFrom(...SETTINGS_KEYS), trickyValue, { maxKeys: 3 }),
        looseRecord,
        (settings, corrupt, extra) => {
          const raw: Record<string, unknown> = {
            ...extra,
            ...settings,
            ...corrupt,
            schemaVersion: SETTINGS_VERSION,
          };
          const result = parseStoredSettings(raw);
          settingsSchema.parse(result.settings);
          expect(result.futureVersion).toBe(false);
          for (const key of SETTINGS_KEYS) {
            if (!Object.hasOwn(corrupt, key)) {
              expect(result.settings[key]).toEqual(settings[key]);
              continue;
            }
            // A replaced value the zod schema accepts is kept as it is (UK is the one value normalised).
            const value = corrupt[key];
            if (settingsSchema.shape[key].safeParse(value).success)
              expect(result.settings[key]).toEqual(value);
            else if (!(key === 'region' && value === 'UK') && key !== 'disabledSites') {
              expect(result.settings[key]).toEqual(defaultSettings[key]);
              expect(result.notices.some((n) => n.key === key)).toBe(true);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('a newer version is always flagged, so the caller never writes back', () => {
    fc.assert(
      fc.property(
        looseRecord,
        fc.double({ min: SETTINGS_VERSION + 0.001, noNaN: true }),
        (record, version) => {
          expect(parseStoredSettings({ ...record, schemaVersion: version }).futureVersion).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('migrateSettings on anything', () => {
  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const once = migrateSettings(raw);
        expect(migrateSettings(once)).toEqual(once);
      }),
      RUNS,
    );
  });
});

describe('import on anything', () => {
  it('never throws on random text or random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
        const result = parseSettingsImport(text);
        if (result.ok) settingsSchema.partial().parse(result.settings);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never throws on marked files with random settings, and imports only valid keys', () => {
    fc.assert(
      fc.property(looseRecord, fc.constantFrom(undefined, 1, 2, 'x', null), (settings, version) => {
        const text = JSON.stringify({ streamwise: 'settings', schemaVersion: version, settings });
        const result = parseSettingsImport(text, { knownSiteIds: siteIds });
        if (result.ok) {
          settingsSchema.partial().parse(result.settings);
          noticeSchema.parse(result.notices);
        } else expect(result.error).toMatch(/\S/);
      }),
      RUNS,
    );
  });

  it('round-trips any valid settings through export and import', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expect(parseSettingsImport(serializeSettingsExport(settings))).toEqual({
          ok: true,
          settings,
          notices: [],
        });
      }),
      RUNS,
    );
  });
});

describe('parsePolicy on anything', () => {
  it('never throws, and returns only values the contract allows', () => {
    const policyKey = fc.oneof(
      fc.constantFrom(
        'audience',
        'region',
        'disabledSites',
        'panelMode',
        'contact',
        'extraTips',
        'lockSettings',
      ),
      trickyKey,
    );
    const contactish = fc.dictionary(
      fc.constantFrom('name', 'url', 'phone', 'email', '__proto__', 'other'),
      fc.oneof(
        trickyValue,
        fc.constantFrom('https://school.example/x', 'http://school.example', 'https://', 'Ms X', ' '),
      ),
      { maxKeys: 5 },
    );
    const policyish = fc.dictionary(
      policyKey,
      fc.oneof(
        trickyValue,
        contactish,
        fc.array(fc.oneof(fc.string({ maxLength: 300 }), trickyValue), { maxLength: 14 }),
      ),
      { maxKeys: 9 },
    );
    fc.assert(
      fc.property(fc.oneof(policyish, anyInput), (raw) => {
        const { policy, notices } = parsePolicy(raw, siteIds);
        policyOracle.parse(policy);
        noticeSchema.parse(notices);
      }),
      RUNS,
    );
  });

  it('merging always gives valid settings, with policy values winning and policy sites kept', () => {
    const policyArb: fc.Arbitrary<Partial<Policy>> = fc.record(
      {
        audience: fc.constantFrom(...AUDIENCES),
        region: fc.constantFrom('GB', 'US', 'BR'),
        panelMode: fc.constantFrom(...PANEL_MODES),
        disabledSites: fc.uniqueArray(fc.constantFrom(...siteIds), { maxLength: 5 }),
        lockSettings: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(validSettings, policyArb, (user, policy) => {
        const merged = mergeSettings(defaultSettings, user, policy);
        settingsSchema.parse(merged.effective);
        if (policy.audience) expect(merged.effective.audience).toBe(policy.audience);
        if (policy.panelMode) expect(merged.effective.panelMode).toBe(policy.panelMode);
        for (const id of [...(policy.disabledSites ?? []), ...user.disabledSites]) {
          expect(merged.effective.disabledSites).toContain(id);
        }
        // Without the lock, panelCorner and disabledSites are never locked, so only the lock locks everything.
        expect(merged.locked.length === SETTINGS_KEYS.length).toBe(policy.lockSettings === true);
      }),
      RUNS,
    );
  });
});
