import { describe, expect, it } from 'vitest';
import { isPageDataRequest, isPageSeenMessage, isWhichSiteReply } from '../../utils/messages';
import { parsePolicy } from '../../utils/policy';
import { siteSchema } from '../../utils/registry-schema';
import { parseSettingsImport, serializeSettingsExport } from '../../utils/settings-file';
import { defaultSettings, isSiteId } from '../../utils/settings-model';
import { settingsSchema } from '../../utils/settings-schema';
import { parseStoredSettings, SETTINGS_VERSION } from '../../utils/stored-settings';

/**
 * One site-id rule: an id the registry accepts (so the build ships it) is accepted by every runtime
 * validator. Before, a 41-character id built and was then refused by the messages and settings checks.
 */

const idSchema = siteSchema.shape.id;
const limit = idSchema.maxLength;

/** Ids the registry accepts, at its length limit. */
const longest = limit === null ? [] : ['a'.repeat(limit), 'ab-'.repeat(limit).slice(0, limit - 1) + 'z'];

describe('the site-id rule', () => {
  it('the registry schema states a length limit', () => {
    expect(limit).toBeTypeOf('number');
  });

  it.each(longest)('a max-length id the registry accepts passes every validator: %s', (id) => {
    expect(id).toHaveLength(limit!);
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(isSiteId(id)).toBe(true);

    expect(isPageSeenMessage({ type: 'streamwise:page', siteId: id, isLive: false })).toBe(true);
    expect(isPageDataRequest({ type: 'streamwise:page-data', siteId: id })).toBe(true);
    expect(isWhichSiteReply({ siteId: id, isLive: true })).toBe(true);

    const stored = { schemaVersion: SETTINGS_VERSION, disabledSites: [id] };
    const read = parseStoredSettings(stored, { knownSiteIds: [id] });
    expect(read.notices).toEqual([]);
    expect(read.settings.disabledSites).toEqual([id]);
    expect(settingsSchema.safeParse(read.settings).success).toBe(true);

    const file = serializeSettingsExport({ ...defaultSettings, disabledSites: [id] });
    expect(parseSettingsImport(file, { knownSiteIds: [id] })).toEqual({
      ok: true,
      settings: expect.objectContaining({ disabledSites: [id] }),
      notices: [],
    });

    const policy = parsePolicy(
      { disabledSites: [id], siteNotes: { [id]: 'Ask Ms Lee first.' }, recommended: { disabledSites: [id] } },
      [id],
    );
    expect(policy.notices).toEqual([]);
    expect(policy.policy.disabledSites).toEqual([id]);
    expect(policy.policy.siteNotes).toEqual({ [id]: 'Ask Ms Lee first.' });
  });

  it('one character more is refused by the registry and by every validator alike', () => {
    const id = 'a'.repeat(limit! + 1);
    expect(idSchema.safeParse(id).success).toBe(false);
    expect(isSiteId(id)).toBe(false);
    expect(isPageSeenMessage({ type: 'streamwise:page', siteId: id, isLive: false })).toBe(false);
    expect(parseStoredSettings({ disabledSites: [id] }).settings.disabledSites).toEqual([]);
  });

  it.each(['', 'Twitch', '-twitch', 'twitch-', 'you--tube', 'a_b', 'a b', 'é'])(
    'refuses %j everywhere',
    (id) => {
      expect(idSchema.safeParse(id).success).toBe(false);
      expect(isSiteId(id)).toBe(false);
      expect(isPageDataRequest({ type: 'streamwise:page-data', siteId: id })).toBe(false);
    },
  );
});
