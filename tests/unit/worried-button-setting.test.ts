import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { computeEffectiveSettings } from '../../utils/compute-effective-settings';
import { parseEffectiveSettings } from '../../utils/effective-settings';
import { parsePolicy } from '../../utils/policy';
import { parseSettingsImport, serializeSettingsExport } from '../../utils/settings-file';
import { defaultSettings } from '../../utils/settings-model';
import { settingsSchema } from '../../utils/settings-schema';
import { parseStoredSettings, SETTINGS_VERSION } from '../../utils/stored-settings';
import { worriedAvailable } from '../../utils/worried';

/** `worriedButton`: parents may have the "I'm worried" button too (setting and policy key). */

const ids = registry.map((s) => s.id);
const stored = (over: Record<string, unknown>) => ({ schemaVersion: SETTINGS_VERSION, ...over });

describe('worriedButton as a stored setting', () => {
  it('defaults to off, and a stored record without it (every record before it existed) reads as off, silently', () => {
    expect(defaultSettings.worriedButton).toBe(false);
    const read = parseStoredSettings(stored({ audience: 'parent' }));
    expect(read.settings.worriedButton).toBe(false);
    expect(read.explicit).not.toHaveProperty('worriedButton');
    expect(read.notices).toEqual([]);
  });

  it('keeps true and false', () => {
    expect(parseStoredSettings(stored({ worriedButton: true })).settings.worriedButton).toBe(true);
    expect(parseStoredSettings(stored({ worriedButton: false })).explicit.worriedButton).toBe(false);
  });

  it('a corrupt value falls back to off for that key only, named in a notice; the other keys are kept', () => {
    for (const bad of ['true', 1, null, {}, ['yes']]) {
      const read = parseStoredSettings(
        stored({ worriedButton: bad, audience: 'young-person', region: 'IE' }),
      );
      expect(read.settings.worriedButton).toBe(false);
      expect(read.settings.audience).toBe('young-person');
      expect(read.settings.region).toBe('IE');
      expect(read.notices.map((n) => n.key)).toEqual(['worriedButton']);
      expect(read.notices[0]!.message).toMatch(/not true or false; using the default/);
    }
  });

  it('the zod schema accepts booleans only', () => {
    const base = { ...defaultSettings, disabledSites: [] };
    expect(settingsSchema.safeParse({ ...base, worriedButton: true }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...base, worriedButton: 'on' }).success).toBe(false);
  });
});

describe('worriedButton in settings export and import', () => {
  it('round-trips through an export file', () => {
    const file = serializeSettingsExport({ ...defaultSettings, disabledSites: [], worriedButton: true });
    expect(JSON.parse(file).settings.worriedButton).toBe(true);
    const back = parseSettingsImport(file, { knownSiteIds: ids });
    expect(back.ok && back.settings.worriedButton).toBe(true);
  });

  it('a bad value in an import file is not imported, and the rest is', () => {
    const file = JSON.stringify({
      streamwise: 'settings',
      schemaVersion: SETTINGS_VERSION,
      settings: { worriedButton: 'yes', audience: 'parent' },
    });
    const back = parseSettingsImport(file, { knownSiteIds: ids });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.settings).toEqual({ audience: 'parent' });
    expect(back.notices).toEqual([
      { key: 'worriedButton', message: '"yes" is not true or false; not imported' },
    ]);
  });
});

describe('worriedButton as a policy key', () => {
  it('takes true and false, and a Windows registry DWORD 0 or 1', () => {
    expect(parsePolicy({ worriedButton: true }, ids).policy.worriedButton).toBe(true);
    expect(parsePolicy({ worriedButton: false }, ids).policy.worriedButton).toBe(false);
    expect(parsePolicy({ worriedButton: 1 }, ids).policy.worriedButton).toBe(true);
    expect(parsePolicy({ worriedButton: 0 }, ids).policy.worriedButton).toBe(false);
    expect(parsePolicy({ recommended: { worriedButton: 1 } }, ids).policy.recommended).toEqual({
      worriedButton: true,
    });
  });

  it('a bad value is ignored for that key only, with a notice; the other keys apply', () => {
    const parsed = parsePolicy({ worriedButton: 'true', audience: 'parent', checklist: false }, ids);
    expect(parsed.policy).toEqual({ audience: 'parent', checklist: false });
    expect(parsed.notices).toEqual([
      { key: 'worriedButton', message: '"true" is not true or false; ignored' },
    ]);
    const rec = parsePolicy({ recommended: { worriedButton: 2, panelMode: 'collapsed' } }, ids);
    expect(rec.policy.recommended).toEqual({ panelMode: 'collapsed' });
    expect(rec.notices.map((n) => n.key)).toEqual(['recommended.worriedButton']);
  });
});

describe('worriedButton in the effective settings', () => {
  const effective = (user: unknown, policy: unknown) => computeEffectiveSettings(user, policy, ids);

  it('policy over user over recommended over default', () => {
    expect(effective(undefined, undefined).effective.worriedButton).toBe(false);
    expect(effective(stored({ worriedButton: true }), undefined).effective.worriedButton).toBe(true);
    const enforced = effective(stored({ worriedButton: true }), { worriedButton: false });
    expect(enforced.effective.worriedButton).toBe(false);
    expect(enforced.locked).toContain('worriedButton');
    expect(enforced.effective.organisation.policy.worriedButton).toBe(false);
    const recommended = effective(undefined, { recommended: { worriedButton: true } });
    expect(recommended.effective.worriedButton).toBe(true);
    expect(recommended.recommended).toContain('worriedButton');
    const overridden = effective(stored({ worriedButton: false }), { recommended: { worriedButton: true } });
    expect(overridden.effective.worriedButton).toBe(false);
    expect(overridden.recommendedOverridden).toContain('worriedButton');
  });

  it('lockSettings makes it read-only like every setting', () => {
    expect(effective(undefined, { lockSettings: true }).locked).toContain('worriedButton');
  });

  it('the panel and popup read it back per key: a damaged flag is off, the rest kept', () => {
    expect(parseEffectiveSettings({ worriedButton: true }).worriedButton).toBe(true);
    const damaged = parseEffectiveSettings({ worriedButton: 'yes', audience: 'young-person' });
    expect(damaged.worriedButton).toBe(false);
    expect(damaged.audience).toBe('young-person');
    expect(parseEffectiveSettings(undefined).worriedButton).toBe(false);
  });
});

describe('worriedAvailable with the setting', () => {
  it('young people always; parents only with the setting on', () => {
    const show = (raw: unknown) => {
      const s = parseEffectiveSettings(raw);
      return worriedAvailable(s.audience, s.worriedButton);
    };
    expect(show({ audience: 'young-person', worriedButton: false })).toBe(true);
    expect(show({ audience: 'young-person' })).toBe(true);
    expect(show({ audience: 'parent', worriedButton: true })).toBe(true);
    expect(show({ audience: 'parent', worriedButton: false })).toBe(false);
    expect(show({ audience: 'parent' })).toBe(false);
  });
});
