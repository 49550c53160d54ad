import { describe, expect, it } from 'vitest';
import {
  defaultEffectiveSettings,
  initialPanelState,
  panelAllowed,
  parseEffectiveSettings,
} from '../../utils/effective-settings';
import {
  computeEffectiveSettings,
  computeWithPolicy,
  organisationFromStored,
} from '../../utils/compute-effective-settings';
import { schoolNoteFor } from '../../utils/effective-settings';

const ids = ['twitch', 'youtube', 'kick'];

describe('parseEffectiveSettings', () => {
  it('falls back per key and keeps the valid ones', () => {
    expect(
      parseEffectiveSettings({ audience: 'young-person', panelMode: 'sometimes', disabledSites: 'twitch' }),
    ).toEqual({
      ...defaultEffectiveSettings,
      audience: 'young-person',
    });
  });

  it('drops a non-https contact url but keeps the contact', () => {
    expect(
      parseEffectiveSettings({ contact: { name: 'Ms Patel', url: 'http://school.example' } }).contact,
    ).toEqual({
      name: 'Ms Patel',
    });
  });

  it.each([null, undefined, 42, 'x', []])('gives the defaults for %j', (raw) => {
    expect(parseEffectiveSettings(raw)).toEqual(defaultEffectiveSettings);
  });
});

describe('panelAllowed and initialPanelState', () => {
  const s = defaultEffectiveSettings;
  it.each([
    [s, 'twitch', false, false, true],
    [s, 'twitch', false, true, false],
    [{ ...s, disabledSites: ['twitch'] }, 'twitch', true, false, false],
    [{ ...s, disabledSites: ['twitch'] }, 'youtube', true, false, true],
    [{ ...s, panelMode: 'live-only' as const }, 'twitch', false, false, false],
    [{ ...s, panelMode: 'live-only' as const }, 'twitch', true, false, true],
  ])('%#: allowed is %s', (settings, id, live, dismissed, expected) => {
    expect(panelAllowed(settings, id, live, dismissed)).toBe(expected);
  });

  it('opens on the first visit only in auto mode', () => {
    expect(initialPanelState(s, false)).toBe('open');
    expect(initialPanelState(s, true)).toBe('collapsed');
    expect(initialPanelState({ ...s, panelMode: 'collapsed' }, false)).toBe('collapsed');
    expect(initialPanelState({ ...s, panelMode: 'live-only' }, false)).toBe('collapsed');
  });
});

describe('computeEffectiveSettings', () => {
  it('applies policy over user over default, per key, ignoring wrongly typed policy values', () => {
    const result = computeEffectiveSettings(
      {
        schemaVersion: 2,
        audience: 'young-person',
        panelCorner: 'top-left',
        disabledSites: ['kick'],
        worriedButton: true,
      },
      {
        audience: 42,
        disabledSites: ['twitch'],
        panelMode: 'collapsed',
        contact: { name: 'Ms Patel' },
        worriedButton: 'yes',
      },
      ids,
    );
    expect(result.effective).toEqual({
      audience: 'young-person',
      region: null,
      language: 'auto',
      panelMode: 'collapsed',
      panelCorner: 'top-left',
      disabledSites: ['twitch', 'kick'],
      worriedButton: true,
      contact: { name: 'Ms Patel' },
      extraTips: [],
      siteNotes: {},
      checklist: true,
      organisation: {
        policy: { disabledSites: ['twitch'], panelMode: 'collapsed' },
        notices: result.policyNotices,
      },
    });
    expect(result.policyNotices.map((n) => n.key)).toEqual(['audience', 'worriedButton']);
    expect(result.locked).toEqual(expect.arrayContaining(['panelMode']));
    expect(result.locked).not.toContain('audience');
    expect(result.locked).not.toContain('worriedButton');
  });

  it('a string where a list belongs is ignored for that key only', () => {
    const result = computeEffectiveSettings(
      undefined,
      { disabledSites: 'twitch', audience: 'young-person' },
      ids,
    );
    expect(result.effective.disabledSites).toEqual([]);
    expect(result.effective.audience).toBe('young-person');
    expect(result.policyNotices.map((n) => n.key)).toEqual(['disabledSites']);
  });
});

describe('the language setting and policy', () => {
  it('policy over user over recommended over auto', () => {
    const user = { schemaVersion: 2, language: 'fr' };
    expect(computeEffectiveSettings(undefined, undefined, ids).effective.language).toBe('auto');
    expect(computeEffectiveSettings(user, undefined, ids).effective.language).toBe('fr');
    expect(computeEffectiveSettings(user, { language: 'pl' }, ids).effective.language).toBe('pl');
    expect(computeEffectiveSettings(user, { language: 'pl' }, ids).locked).toContain('language');
    expect(
      computeEffectiveSettings(undefined, { recommended: { language: 'ar' } }, ids).effective.language,
    ).toBe('ar');
    expect(computeEffectiveSettings(user, { recommended: { language: 'ar' } }, ids).effective.language).toBe(
      'fr',
    );
  });

  it('a bad policy value falls back for that key only, named; the rest of the policy applies', () => {
    const result = computeEffectiveSettings(
      { schemaVersion: 2, language: 'de' },
      { language: 'Polish', audience: 'young-person' },
      ids,
    );
    expect(result.effective.language).toBe('de');
    expect(result.effective.audience).toBe('young-person');
    expect(result.policyNotices).toEqual([
      { key: 'language', message: '"Polish" is not one of auto, en, es, fr, de, pl, ar; ignored' },
    ]);
    expect(result.locked).not.toContain('language');
  });

  it('a corrupt stored value falls back to auto alone, named', () => {
    const result = computeEffectiveSettings(
      { schemaVersion: 2, language: 7, panelCorner: 'top-left' },
      {},
      ids,
    );
    expect(result.effective.language).toBe('auto');
    expect(result.effective.panelCorner).toBe('top-left');
    expect(result.userNotices.map((n) => n.key)).toEqual(['language']);
  });

  it('the stored record read back: a bad language is auto, the rest kept', () => {
    expect(parseEffectiveSettings({ language: 'pl' }).language).toBe('pl');
    expect(parseEffectiveSettings({ language: 'xx', audience: 'young-person' })).toMatchObject({
      language: 'auto',
      audience: 'young-person',
    });
  });
});

describe('a policy that arrives late (the worker recomputes on storage.onChanged for "managed")', () => {
  const user = { schemaVersion: 2, disabledSites: ['kick'], panelCorner: 'top-left' };

  it('before: nothing from the policy; after: its disabled sites, contact and notes apply', () => {
    const before = computeEffectiveSettings(user, {}, ids);
    expect(before.effective.disabledSites).toEqual(['kick']);
    const after = computeEffectiveSettings(
      user,
      {
        disabledSites: ['twitch'],
        contact: { name: 'Ms Patel' },
        siteNotes: { youtube: 'Blocked at school.' },
      },
      ids,
    );
    expect(after.effective.disabledSites).toEqual(['twitch', 'kick']);
    expect(after.lockedSites).toEqual(['twitch']);
    expect(after.effective.siteNotes).toEqual({ youtube: 'Blocked at school.' });
    expect(after.effective.contact).toEqual({ name: 'Ms Patel' });
  });

  it('a policy that is removed stops applying, and the user settings were never changed by it', () => {
    const removed = computeEffectiveSettings(user, {}, ids);
    expect(removed.effective.disabledSites).toEqual(['kick']);
    expect(removed.effective.siteNotes).toEqual({});
    expect(removed.effective.organisation).toEqual({ policy: {}, notices: [] });
  });

  it('Firefox without a policy (storage.managed rejected, read as {}) is no policy', () => {
    expect(computeEffectiveSettings(user, {}, ids).policyNotices).toEqual([]);
  });
});

describe('the stored organisation: the options page shows it before storage.managed answers', () => {
  const managed = {
    audience: 'young-person',
    disabledSites: ['twitch'],
    lockSettings: false,
    recommended: { panelCorner: 'top-left' },
    contact: { name: 'Ms Patel' },
    colour: 'red',
  };

  it('round-trips: the same locks, recommendations and notices as computing from the policy', () => {
    const fresh = computeEffectiveSettings(undefined, managed, ids);
    const stored: unknown = JSON.parse(JSON.stringify(fresh.effective));
    const again = computeWithPolicy(undefined, organisationFromStored(stored, ids), ids);
    expect(again.locked).toEqual(fresh.locked);
    expect(again.lockedSites).toEqual(fresh.lockedSites);
    expect(again.recommended).toEqual(['panelCorner']);
    expect(again.policyNotices).toEqual(fresh.policyNotices);
    expect(again.policyNotices.map((n) => n.key)).toEqual(['colour']);
    const { organisation: _a, ...freshSettings } = fresh.effective;
    const { organisation: _b, ...againSettings } = again.effective;
    // contact, tips and notes are not needed by the options page: only the settings must agree.
    expect({ ...againSettings, contact: undefined }).toEqual({ ...freshSettings, contact: undefined });
  });

  it.each([undefined, null, 'x', {}, { organisation: 5 }, { organisation: { policy: 'x', notices: 'y' } }])(
    '%j reads as no policy',
    (raw) => {
      expect(organisationFromStored(raw, ids)).toEqual({ policy: {}, notices: [] });
    },
  );

  it('a corrupt stored record is checked again per key', () => {
    const read = organisationFromStored(
      { organisation: { policy: { audience: 'child', panelMode: 'collapsed' }, notices: [{ key: 1 }] } },
      ids,
    );
    expect(read.policy).toEqual({ panelMode: 'collapsed' });
    expect(read.notices).toEqual([]);
  });

  it('is not part of what the content script reads', () => {
    const fresh = computeEffectiveSettings(undefined, managed, ids);
    expect(parseEffectiveSettings(fresh.effective)).not.toHaveProperty('organisation');
  });
});

describe('siteNotes in the effective settings', () => {
  it('are read back as text per site id; anything else is dropped', () => {
    expect(
      parseEffectiveSettings({ siteNotes: { roblox: 'Blocked at school.', kick: 5, twitch: null } })
        .siteNotes,
    ).toEqual({ roblox: 'Blocked at school.' });
    expect(parseEffectiveSettings({ siteNotes: ['x'] }).siteNotes).toEqual({});
    expect(parseEffectiveSettings({ siteNotes: 'x' }).siteNotes).toEqual({});
  });

  it('schoolNoteFor: under the contact’s name, else the fallback; own properties only', () => {
    const notes = { siteNotes: { roblox: 'Blocked at school.' } };
    expect(schoolNoteFor(notes, 'roblox', 'Your organisation')).toEqual({
      org: 'Your organisation',
      text: 'Blocked at school.',
    });
    expect(schoolNoteFor({ ...notes, contact: { name: 'Ms Patel' } }, 'roblox', 'Your organisation')).toEqual(
      {
        org: 'Ms Patel',
        text: 'Blocked at school.',
      },
    );
    expect(schoolNoteFor(notes, 'kick', 'Your organisation')).toBeUndefined();
    expect(schoolNoteFor(notes, 'constructor', 'Your organisation')).toBeUndefined();
    expect(schoolNoteFor({}, 'roblox', 'Your organisation')).toBeUndefined();
  });
});
