import { describe, expect, it } from 'vitest';
import type { Settings } from '../../utils/settings-model';
import { applyUserChange, forgetUserChoice } from '../../utils/user-choices';

describe('applyUserChange', () => {
  it.each<[string, Partial<Settings>, Partial<Settings>, string[], Partial<Settings>]>([
    [
      'a policy-disabled site never enters the user’s own list',
      {},
      { disabledSites: ['kick', 'twitch'] },
      ['kick'],
      { disabledSites: ['twitch'] },
    ],
    [
      'a list of only policy sites stays empty',
      { disabledSites: ['roblox'] },
      { disabledSites: ['kick'] },
      ['kick'],
      { disabledSites: [] },
    ],
    [
      'with no policy every site is the user’s',
      {},
      { disabledSites: ['kick'] },
      [],
      { disabledSites: ['kick'] },
    ],
    [
      'another key leaves the user’s list as it was',
      { disabledSites: ['twitch'] },
      { panelMode: 'collapsed' },
      ['kick'],
      { disabledSites: ['twitch'], panelMode: 'collapsed' },
    ],
    [
      'only chosen keys are kept: nothing is filled from defaults',
      { audience: 'young-person' },
      { region: 'IE' },
      [],
      { audience: 'young-person', region: 'IE' },
    ],
    ['the change wins over the old choice', { region: 'GB' }, { region: 'AU' }, [], { region: 'AU' }],
  ])('%s', (_name, choices, patch, lockedSites, expected) => {
    expect(applyUserChange(choices, patch, lockedSites)).toEqual(expected);
  });

  it('changes neither the stored choices nor the patch', () => {
    const choices = { disabledSites: ['twitch'] };
    const patch = { disabledSites: ['kick', 'youtube'] };
    applyUserChange(choices, patch, ['kick']);
    expect(choices).toEqual({ disabledSites: ['twitch'] });
    expect(patch).toEqual({ disabledSites: ['kick', 'youtube'] });
  });
});

describe('forgetUserChoice', () => {
  it('drops the one key, so the recommendation applies again', () => {
    const choices: Partial<Settings> = { audience: 'young-person', panelMode: 'collapsed' };
    expect(forgetUserChoice(choices, 'panelMode')).toEqual({ audience: 'young-person' });
    expect(choices).toEqual({ audience: 'young-person', panelMode: 'collapsed' });
  });

  it('is a no-op for a key the user never chose', () => {
    expect(forgetUserChoice({ region: 'NZ' }, 'audience')).toEqual({ region: 'NZ' });
  });
});
