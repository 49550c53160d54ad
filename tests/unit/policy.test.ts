import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { MAX_EXTRA_TIPS } from '../../utils/policy-fields';
import { POLICY_KEYS, parsePolicy, type Policy } from '../../utils/policy';
import { mergeSettings } from '../../utils/compute-effective-settings';
import { SETTINGS_KEYS, defaultSettings, type Settings } from '../../utils/settings-model';
import { computeEffectiveSettings } from '../../utils/compute-effective-settings';

const siteIds = registry.map((site) => site.id);

const fullPolicy: Policy = {
  audience: 'young-person',
  region: 'AU',
  language: 'pl',
  disabledSites: ['youtube', 'pinterest'],
  panelMode: 'collapsed',
  contact: {
    name: 'Mr B. Example, Safeguarding Lead',
    url: 'https://school.example/safeguarding',
    phone: '01632 960001',
    email: 'dsl@school.example',
  },
  extraTips: ['Tell a member of staff.'],
  lockSettings: false,
  recommended: { panelCorner: 'bottom-left', region: 'GB', language: 'ar' },
  siteNotes: { roblox: 'Roblox is blocked on school devices.' },
  checklist: true,
  worriedButton: true,
};

const keysOf = (notices: { key: string }[]) => notices.map((n) => n.key);

describe('parsePolicy', () => {
  it('accepts the full contract with no notices', () => {
    expect(parsePolicy(fullPolicy, siteIds)).toEqual({ policy: fullPolicy, notices: [] });
  });

  it.each([undefined, null, {}])('%j is no policy and no notice', (raw) => {
    expect(parsePolicy(raw, siteIds)).toEqual({ policy: {}, notices: [] });
  });

  it.each([
    ['a string', 'GB'],
    ['an array', [fullPolicy]],
    ['a number', 1],
  ])('a policy that is %s is ignored with a notice', (_name, raw) => {
    const result = parsePolicy(raw, siteIds);
    expect(result.policy).toEqual({});
    expect(keysOf(result.notices)).toEqual(['policy']);
  });

  const huge = 'x'.repeat(1_000_000);
  // [name, key, value, expected parsed value (undefined = ignored), notice keys]
  const cases: [string, string, unknown, unknown, string[]][] = [
    ['audience unknown', 'audience', 'child', undefined, ['audience']],
    ['audience wrong type', 'audience', true, undefined, ['audience']],
    ['audience null', 'audience', null, undefined, ['audience']],
    ['audience huge', 'audience', huge, undefined, ['audience']],
    ['region GB', 'region', 'GB', 'GB', []],
    ['region UK becomes GB', 'region', 'UK', 'GB', []],
    ['region uncovered but well formed', 'region', 'BR', 'BR', []],
    ['region lower case', 'region', 'gb', undefined, ['region']],
    ['region with spaces', 'region', ' GB', undefined, ['region']],
    ['region three letters', 'region', 'GBR', undefined, ['region']],
    ['region INTL is not alpha-2', 'region', 'INTL', undefined, ['region']],
    ['region a number', 'region', 44, undefined, ['region']],
    ['language a content language', 'language', 'pl', 'pl', []],
    ['language auto (the browser’s)', 'language', 'auto', 'auto', []],
    ['language a locale, not a language code', 'language', 'pl-PL', undefined, ['language']],
    ['language upper case', 'language', 'PL', undefined, ['language']],
    ['language not offered', 'language', 'it', undefined, ['language']],
    ['language wrong type', 'language', 1, undefined, ['language']],
    ['panelMode unknown', 'panelMode', 'always', undefined, ['panelMode']],
    ['panelMode valid', 'panelMode', 'live-only', 'live-only', []],
    ['disabledSites not a list', 'disabledSites', 'youtube', undefined, ['disabledSites']],
    [
      'disabledSites unknown ids dropped',
      'disabledSites',
      ['youtube', 'myspace'],
      ['youtube'],
      ['disabledSites'],
    ],
    ['disabledSites wrong items dropped', 'disabledSites', [1, null, 'kick'], ['kick'], ['disabledSites']],
    ['disabledSites all unknown', 'disabledSites', ['myspace'], [], ['disabledSites']],
    ['disabledSites duplicates', 'disabledSites', ['kick', 'kick'], ['kick'], []],
    ['lockSettings true', 'lockSettings', true, true, []],
    ['lockSettings a registry DWORD 1', 'lockSettings', 1, true, []],
    ['lockSettings a registry DWORD 0', 'lockSettings', 0, false, []],
    ['lockSettings the string "true"', 'lockSettings', 'true', undefined, ['lockSettings']],
    ['lockSettings 2', 'lockSettings', 2, undefined, ['lockSettings']],
    ['checklist false', 'checklist', false, false, []],
    ['checklist a registry DWORD 1', 'checklist', 1, true, []],
    ['checklist the string "yes"', 'checklist', 'yes', undefined, ['checklist']],
    ['checklist null', 'checklist', null, undefined, ['checklist']],
    ['extraTips not a list', 'extraTips', 'Be kind', undefined, ['extraTips']],
    [
      'extraTips bad items dropped',
      'extraTips',
      ['One', 7, '', 'x'.repeat(281), 'Two'],
      ['One', 'Two'],
      ['extraTips'],
    ],
    ['extraTips huge item dropped', 'extraTips', [huge, 'Ok'], ['Ok'], ['extraTips']],
    ['extraTips whitespace tidied', 'extraTips', ['  Line one\n line two  '], ['Line one line two'], []],
    ['extraTips control characters', 'extraTips', ['bell\u0007'], [], ['extraTips']],
    ['extraTips 280 characters is fine', 'extraTips', ['y'.repeat(280)], ['y'.repeat(280)], []],
    ['extraTips emoji count as one', 'extraTips', ['🙂'.repeat(280)], ['🙂'.repeat(280)], []],
    ['contact not an object', 'contact', 'Ms X', undefined, ['contact']],
    ['contact a list', 'contact', [{ name: 'Ms X' }], undefined, ['contact']],
    ['contact without a name', 'contact', { url: 'https://school.example' }, undefined, ['contact']],
    ['contact with an empty name', 'contact', { name: '   ' }, undefined, ['contact']],
    ['contact with a long name', 'contact', { name: 'n'.repeat(121) }, undefined, ['contact']],
    ['contact with a name only', 'contact', { name: ' Ms X ' }, { name: 'Ms X' }, []],
    [
      'contact with an http url keeps the rest',
      'contact',
      { name: 'Ms X', url: 'http://school.example', phone: '0800 1111' },
      { name: 'Ms X', phone: '0800 1111' },
      ['contact.url'],
    ],
    [
      'contact with a javascript: url keeps the rest',
      'contact',
      { name: 'Ms X', url: 'javascript:alert(1)' },
      { name: 'Ms X' },
      ['contact.url'],
    ],
    [
      'contact with credentials in the url',
      'contact',
      { name: 'Ms X', url: 'https://user:pw@school.example' },
      { name: 'Ms X' },
      ['contact.url'],
    ],
    [
      'contact with a bad phone and email',
      'contact',
      { name: 'Ms X', phone: 12345, email: 'e'.repeat(121) },
      { name: 'Ms X' },
      ['contact.phone', 'contact.email'],
    ],
    ['recommended not an object', 'recommended', 'young-person', undefined, ['recommended']],
    ['recommended a list', 'recommended', [{ audience: 'parent' }], undefined, ['recommended']],
    [
      'recommended, every user-settable key',
      'recommended',
      {
        audience: 'young-person',
        region: 'UK',
        panelMode: 'collapsed',
        panelCorner: 'top-left',
        disabledSites: ['kick'],
      },
      {
        audience: 'young-person',
        region: 'GB',
        panelMode: 'collapsed',
        panelCorner: 'top-left',
        disabledSites: ['kick'],
      },
      [],
    ],
    [
      'recommended wrongly typed values dropped per key, the others kept',
      'recommended',
      { audience: 7, panelCorner: 'middle', region: 'gb', panelMode: 'auto' },
      { panelMode: 'auto' },
      ['recommended.audience', 'recommended.panelCorner', 'recommended.region'],
    ],
    [
      'recommended unknown ids in disabledSites dropped',
      'recommended',
      { disabledSites: ['kick', 'myspace'] },
      { disabledSites: ['kick'] },
      ['recommended.disabledSites'],
    ],
    [
      'recommended keys that are not settings',
      'recommended',
      { contact: { name: 'x' }, lockSettings: true, audience: 'parent' },
      { audience: 'parent' },
      ['recommended'],
    ],
    ['recommended empty', 'recommended', {}, {}, []],
    ['siteNotes not an object', 'siteNotes', 'Roblox is blocked', undefined, ['siteNotes']],
    ['siteNotes a list', 'siteNotes', ['x'], undefined, ['siteNotes']],
    [
      'siteNotes kept, whitespace tidied',
      'siteNotes',
      { roblox: ' Blocked at school.\n At home, ask first. ' },
      { roblox: 'Blocked at school. At home, ask first.' },
      [],
    ],
    [
      'siteNotes 500 characters is fine',
      'siteNotes',
      { kick: 'n'.repeat(500) },
      { kick: 'n'.repeat(500) },
      [],
    ],
    [
      'siteNotes unknown ids and over-long texts dropped',
      'siteNotes',
      { myspace: 'x', twitch: 'n'.repeat(501), kick: 'Fine', youtube: 5, discord: '' },
      { kick: 'Fine' },
      ['siteNotes', 'siteNotes'],
    ],
    [
      'siteNotes prototype names are unknown ids',
      'siteNotes',
      JSON.parse('{"__proto__":"x","constructor":"y"}'),
      {},
      ['siteNotes'],
    ],
    [
      'contact with unknown fields',
      'contact',
      { name: 'Ms X', mobile: '07700 900000', __proto__x: 1 },
      { name: 'Ms X' },
      ['contact'],
    ],
  ];

  it.each(cases)('%s', (_name, key, value, expected, noticeKeys) => {
    const raw = { ...fullPolicy, [key]: value };
    const result = parsePolicy(raw, siteIds);
    expect((result.policy as Record<string, unknown>)[key]).toEqual(expected);
    expect(keysOf(result.notices)).toEqual(noticeKeys);
    // Every other key is kept.
    for (const other of POLICY_KEYS) {
      if (other !== key) expect(result.policy[other]).toEqual(fullPolicy[other]);
    }
    for (const notice of result.notices) expect(notice.message.length).toBeLessThan(400);
  });

  it('names the problem and the consequence', () => {
    const { notices } = parsePolicy(
      { panelMode: 'always', contact: { name: 'Ms X', url: 'http://x.example' } },
      siteIds,
    );
    expect(notices).toEqual([
      { key: 'panelMode', message: '"always" is not one of auto, collapsed, live-only; ignored' },
      {
        key: 'contact.url',
        message: '"http://x.example" is not an https:// address; ignored, the rest of the contact is kept',
      },
    ]);
  });

  it('keeps only the first ten tips and says so', () => {
    const tips = Array.from({ length: 13 }, (_, i) => `Tip ${i + 1}`);
    const result = parsePolicy({ extraTips: tips }, siteIds);
    expect(result.policy.extraTips).toEqual(tips.slice(0, MAX_EXTRA_TIPS));
    expect(result.notices).toEqual([
      { key: 'extraTips', message: 'only the first 10 tips are shown; 3 more ignored' },
    ]);
  });

  it('names unknown policies, including prototype-like keys, without polluting anything', () => {
    const raw = JSON.parse(
      '{"__proto__":{"lockSettings":true},"constructor":1,"Audience":"parent","audience":"parent"}',
    ) as unknown;
    const result = parsePolicy(raw, siteIds);
    expect(result.policy).toEqual({ audience: 'parent' });
    expect(Object.getPrototypeOf(result.policy)).toBe(Object.prototype);
    expect(keysOf(result.notices)).toEqual(['__proto__', 'constructor', 'Audience']);
    expect(keysOf(parsePolicy({ '': 1, ' ': 2 }, siteIds).notices)).toEqual(['""', '" "']);
    expect(({} as Record<string, unknown>).lockSettings).toBeUndefined();
  });

  it('reads own properties only, never inherited ones', () => {
    const contact = Object.create({ name: 'Inherited' }) as Record<string, unknown>;
    contact.url = 'https://school.example';
    const result = parsePolicy({ contact }, siteIds);
    expect(result.policy).toEqual({});
    expect(keysOf(result.notices)).toEqual(['contact']);
  });

  it('caps the notices for a policy full of unknown keys', () => {
    const raw: Record<string, unknown> = { lockSettings: true };
    for (let i = 0; i < 100; i += 1) raw[`k${i}`] = i;
    const result = parsePolicy(raw, siteIds);
    expect(result.policy).toEqual({ lockSettings: true });
    expect(result.notices).toHaveLength(11);
    expect(result.notices.at(-1)?.message).toMatch(/^90 more unknown policies/);
  });
});

describe('computeEffectiveSettings with what storage.managed returned', () => {
  it('applies the valid keys and names the invalid ones', () => {
    const result = computeEffectiveSettings(undefined, { region: 'UK', panelMode: 'x' }, siteIds);
    expect(result.effective.region).toBe('GB');
    expect(result.effective.panelMode).toBe(defaultSettings.panelMode);
    expect(keysOf(result.policyNotices)).toEqual(['panelMode']);
  });

  it('reads an empty policy (what a rejection or a missing area becomes) as no policy', () => {
    const result = computeEffectiveSettings(undefined, {}, siteIds);
    expect(result.policyNotices).toEqual([]);
    expect(result.locked).toEqual([]);
  });
});

describe('mergeSettings', () => {
  const user: Settings = {
    audience: 'parent',
    region: 'IE',
    language: 'fr',
    panelMode: 'auto',
    panelCorner: 'top-left',
    disabledSites: ['kick', 'youtube'],
    worriedButton: false,
  };

  it('no policy: the user settings, nothing locked', () => {
    expect(mergeSettings(defaultSettings, user, {})).toEqual({
      effective: user,
      locked: [],
      lockedSites: [],
      allLocked: false,
      recommended: [],
      recommendedOverridden: [],
      contact: undefined,
      extraTips: [],
      siteNotes: {},
      checklist: true,
    });
  });

  it('no user settings: the defaults', () => {
    expect(mergeSettings(defaultSettings, {}, {}).effective).toEqual(defaultSettings);
  });

  it('policy over user over default, per key', () => {
    const merged = mergeSettings(defaultSettings, { panelCorner: 'top-right' }, { audience: 'young-person' });
    expect(merged.effective).toEqual({
      ...defaultSettings,
      audience: 'young-person',
      panelCorner: 'top-right',
    });
    expect(merged.locked).toEqual(['audience']);
  });

  it('a policy region beats a user region, and a user "from the language" (null) beats nothing', () => {
    expect(mergeSettings(defaultSettings, { region: null }, { region: 'NZ' }).effective.region).toBe('NZ');
    expect(mergeSettings(defaultSettings, { region: 'AU' }, {}).effective.region).toBe('AU');
  });

  it('disabledSites is the union: policy sites are a floor, not a lock on the whole list', () => {
    const merged = mergeSettings(defaultSettings, user, { disabledSites: ['youtube', 'twitch'] });
    expect(merged.effective.disabledSites).toEqual(['youtube', 'twitch', 'kick']);
    expect(merged.lockedSites).toEqual(['youtube', 'twitch']);
    expect(merged.locked).toEqual([]);
  });

  it('lockSettings locks every setting', () => {
    const merged = mergeSettings(defaultSettings, user, { lockSettings: true, panelMode: 'live-only' });
    expect(merged.allLocked).toBe(true);
    expect(merged.locked).toEqual([...SETTINGS_KEYS]);
    expect(merged.effective).toEqual({ ...user, panelMode: 'live-only' });
  });

  it('the checklist shows unless lockSettings, and a checklist policy decides either way', () => {
    expect(mergeSettings(defaultSettings, user, {}).checklist).toBe(true);
    expect(mergeSettings(defaultSettings, user, { lockSettings: false }).checklist).toBe(true);
    expect(mergeSettings(defaultSettings, user, { lockSettings: true }).checklist).toBe(false);
    expect(mergeSettings(defaultSettings, user, { lockSettings: true, checklist: true }).checklist).toBe(
      true,
    );
    expect(mergeSettings(defaultSettings, user, { checklist: false }).checklist).toBe(false);
  });

  it('a bad checklist value falls back alone: locked profiles still hide it', () => {
    const computed = computeEffectiveSettings(undefined, { lockSettings: true, checklist: 'yes' }, siteIds);
    expect(computed.effective.checklist).toBe(false);
    expect(computed.policyNotices.map((n) => n.key)).toEqual(['checklist']);
    expect(computeEffectiveSettings(undefined, { checklist: 'yes' }, siteIds).effective.checklist).toBe(true);
  });

  it('lockSettings: false locks nothing extra', () => {
    const merged = mergeSettings(defaultSettings, user, { lockSettings: false, panelMode: 'live-only' });
    expect(merged.allLocked).toBe(false);
    expect(merged.locked).toEqual(['panelMode']);
  });

  it('passes the policy-only contact and tips through, and users cannot set them', () => {
    const sneaky = { ...user, contact: { name: 'Mallory' }, extraTips: ['x'] } as Settings;
    const merged = mergeSettings(defaultSettings, sneaky, {
      contact: fullPolicy.contact,
      extraTips: ['Tip'],
    });
    expect(merged.contact).toEqual(fullPolicy.contact);
    expect(merged.extraTips).toEqual(['Tip']);
    expect(mergeSettings(defaultSettings, sneaky, {}).contact).toBeUndefined();
    expect(mergeSettings(defaultSettings, sneaky, {}).extraTips).toEqual([]);
    expect(Object.keys(merged.effective).sort()).toEqual([...SETTINGS_KEYS].sort());
  });

  it('does not share arrays with its inputs', () => {
    const policy = { disabledSites: ['twitch'], extraTips: ['Tip'] };
    const merged = mergeSettings(defaultSettings, user, policy);
    merged.effective.disabledSites.push('x');
    merged.lockedSites.push('y');
    merged.extraTips.push('z');
    expect(policy).toEqual({ disabledSites: ['twitch'], extraTips: ['Tip'] });
    expect(user.disabledSites).toEqual(['kick', 'youtube']);
  });
});

describe('recommended values', () => {
  const recommended = { audience: 'young-person', panelCorner: 'top-left', disabledSites: ['kick'] } as const;
  const policy = { recommended: { ...recommended, disabledSites: [...recommended.disabledSites] } };

  it('apply where the user has not chosen, and are not locked', () => {
    const merged = mergeSettings(defaultSettings, {}, policy);
    expect(merged.effective).toEqual({
      ...defaultSettings,
      audience: 'young-person',
      panelCorner: 'top-left',
      disabledSites: ['kick'],
    });
    expect(merged.locked).toEqual([]);
    expect(merged.lockedSites).toEqual([]);
    expect(merged.recommended).toEqual(['audience', 'panelCorner', 'disabledSites']);
    expect(merged.recommendedOverridden).toEqual([]);
  });

  it('the user’s choice beats the recommendation; the same value as recommended still follows it', () => {
    const merged = mergeSettings(
      defaultSettings,
      { audience: 'parent', panelCorner: 'top-left', disabledSites: [] },
      policy,
    );
    expect(merged.effective.audience).toBe('parent');
    expect(merged.effective.disabledSites).toEqual([]);
    expect(merged.recommended).toEqual(['panelCorner']);
    expect(merged.recommendedOverridden).toEqual(['audience', 'disabledSites']);
  });

  it('enforced keys keep winning: managed > user > recommended > default', () => {
    const merged = mergeSettings(
      defaultSettings,
      { audience: 'parent' },
      {
        ...policy,
        audience: 'parent',
        panelMode: 'collapsed',
        recommended: { ...policy.recommended, panelMode: 'live-only' },
      },
    );
    expect(merged.effective.audience).toBe('parent');
    expect(merged.effective.panelMode).toBe('collapsed');
    expect(merged.locked).toEqual(['audience', 'panelMode']);
    expect(merged.recommended).not.toContain('audience');
    expect(merged.recommended).not.toContain('panelMode');
    expect(
      mergeSettings(defaultSettings, {}, { panelMode: 'auto', recommended: { panelMode: 'live-only' } })
        .effective.panelMode,
    ).toBe('auto');
  });

  it('the policy’s disabled sites stay a floor under recommended ones', () => {
    const merged = mergeSettings(defaultSettings, {}, { ...policy, disabledSites: ['youtube'] });
    expect(merged.effective.disabledSites).toEqual(['youtube', 'kick']);
    expect(merged.lockedSites).toEqual(['youtube']);
  });

  it('with lockSettings, recommended values apply and are locked', () => {
    const merged = mergeSettings(defaultSettings, {}, { ...policy, lockSettings: true });
    expect(merged.effective.audience).toBe('young-person');
    expect(merged.recommended).toEqual([]);
  });

  it('parsePolicy then mergeSettings: the documented precedence for every key', () => {
    const parsed = parsePolicy(
      { audience: 'parent', recommended: { audience: 'young-person', region: 'IE', panelMode: 'collapsed' } },
      siteIds,
    );
    expect(parsed.notices).toEqual([]);
    const merged = mergeSettings(defaultSettings, { panelMode: 'live-only' }, parsed.policy);
    expect(merged.effective).toMatchObject({ audience: 'parent', region: 'IE', panelMode: 'live-only' });
  });
});

describe('siteNotes', () => {
  it('are passed through mergeSettings as a copy', () => {
    const siteNotes = { roblox: 'Blocked at school.' };
    const merged = mergeSettings(defaultSettings, {}, { siteNotes });
    expect(merged.siteNotes).toEqual(siteNotes);
    merged.siteNotes.kick = 'x';
    expect(siteNotes).toEqual({ roblox: 'Blocked at school.' });
  });

  it('name the unknown ids and the sites whose text is too long', () => {
    const { notices } = parsePolicy({ siteNotes: { myspace: 'x', twitch: 'n'.repeat(501) } }, siteIds);
    expect(notices).toEqual([
      { key: 'siteNotes', message: '"myspace" is not a known site id; dropped, the others are kept' },
      {
        key: 'siteNotes',
        message: 'the note for twitch is not text of 1 to 500 characters; dropped, the others are kept',
      },
    ]);
  });
});
