import { describe, expect, it } from 'vitest';
import {
  defaultEffectiveSettings,
  initialPanelState,
  panelAllowed,
  parseEffectiveSettings,
} from '../../utils/effective-settings';
import { computeEffectiveSettings } from '../../utils/compute-effective-settings';

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
      { schemaVersion: 2, audience: 'young-person', panelCorner: 'top-left', disabledSites: ['kick'] },
      { audience: 42, disabledSites: ['twitch'], panelMode: 'collapsed', contact: { name: 'Ms Patel' } },
      ids,
    );
    expect(result.effective).toEqual({
      audience: 'young-person',
      region: null,
      panelMode: 'collapsed',
      panelCorner: 'top-left',
      disabledSites: ['twitch', 'kick'],
      contact: { name: 'Ms Patel' },
      extraTips: [],
    });
    expect(result.policyNotices.map((n) => n.key)).toEqual(['audience']);
    expect(result.locked).toEqual(expect.arrayContaining(['panelMode']));
    expect(result.locked).not.toContain('audience');
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
