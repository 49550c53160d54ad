import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import {
  checklistKey,
  checklistProgress,
  checklistSteps,
  exportChecklists,
  importChecklists,
  parseAllChecklists,
  parseSiteChecklist,
  stepId,
  stepStatus,
  tick,
  today,
  untick,
} from '../../utils/checklist';

const twitch = registry.find((s) => s.id === 'twitch')!;
const steps = checklistSteps(twitch);
const [first, second] = steps;

describe('checklistSteps', () => {
  it("lists the card's privacy steps then its family tools, with stable, distinct ids", () => {
    expect(steps.length).toBe((twitch.privacySteps?.length ?? 0) + (twitch.familyTools?.length ?? 0));
    expect(steps[0]).toEqual({
      id: stepId('privacy', twitch.privacySteps![0]!.text),
      kind: 'privacy',
      text: twitch.privacySteps![0]!.text,
    });
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(checklistSteps(twitch).map((s) => s.id)).toEqual(steps.map((s) => s.id));
  });

  it('every registry card has distinct step ids', () => {
    for (const site of registry) {
      const ids = checklistSteps(site).map((s) => s.id);
      expect(new Set(ids).size, site.id).toBe(ids.length);
    }
  });

  it('a rewritten step gets a new id; a family tool is keyed by name and description', () => {
    expect(stepId('privacy', 'Turn on 2FA.')).not.toBe(stepId('privacy', 'Turn on two-factor.'));
    expect(stepId('privacy', 'x')).toMatch(/^p-/);
    expect(stepId('family', 'x')).toMatch(/^f-/);
  });
});

describe('tick, untick, status', () => {
  it('migration from nothing: no stored value means nothing ticked', () => {
    const state = parseSiteChecklist(undefined);
    expect(state).toEqual({});
    expect(checklistProgress(steps, state, twitch.reviewed)).toEqual({
      done: 0,
      stale: 0,
      total: steps.length,
    });
  });

  it('a tick stores the date and counts as done; untick removes it', () => {
    let state = tick({}, first!.id, '2099-01-02');
    state = tick(state, second!.id, '2099-01-03');
    expect(state).toEqual({ [first!.id]: '2099-01-02', [second!.id]: '2099-01-03' });
    expect(stepStatus(state, first!.id, twitch.reviewed)).toBe('done');
    expect(checklistProgress(steps, state, twitch.reviewed).done).toBe(2);
    state = untick(state, first!.id);
    expect(stepStatus(state, first!.id, twitch.reviewed)).toBe('todo');
    expect(checklistProgress(steps, state, twitch.reviewed).done).toBe(1);
  });

  it('a card reviewed after the tick makes it stale ("Check again"), the same day does not', () => {
    const state = tick({}, first!.id, '2026-11-01');
    expect(stepStatus(state, first!.id, '2026-11-02')).toBe('stale');
    expect(stepStatus(state, first!.id, '2026-11-01')).toBe('done');
    expect(stepStatus(state, first!.id, '2026-10-31')).toBe('done');
    expect(checklistProgress(steps, state, '2026-12-01')).toEqual({ done: 0, stale: 1, total: steps.length });
  });

  it('ticks for steps the card no longer has are not counted', () => {
    const state = tick({}, 'p-gone', '2099-01-01');
    expect(checklistProgress(steps, state, twitch.reviewed).done).toBe(0);
  });

  it('today is an ISO day', () => {
    expect(today(new Date('2026-12-02T23:59:00Z'))).toBe('2026-12-02');
  });
});

describe('corrupt values repair per key', () => {
  it('keeps valid ticks and drops the rest', () => {
    const good = { [first!.id]: '2026-12-01' };
    expect(
      parseSiteChecklist({
        ...good,
        [second!.id]: 'yesterday',
        'p-!!': '2026-12-01',
        x: 1,
        'f-abc': 20261201,
      }),
    ).toEqual(good);
    for (const bad of [null, 'x', 42, [], [first!.id], true]) expect(parseSiteChecklist(bad)).toEqual({});
    expect(parseSiteChecklist({ [first!.id]: '2026-13-45' })).toEqual({});
  });

  it('across sites: a corrupt site is dropped alone', () => {
    expect(
      parseAllChecklists({
        'checklist:twitch': { [first!.id]: '2026-12-01' },
        'checklist:Bad Id': { [first!.id]: '2026-12-01' },
        'checklist:roblox': 'corrupt',
        tiktok: { 'p-1': '2026-12-02' },
      }),
    ).toEqual({ twitch: { [first!.id]: '2026-12-01' }, tiktok: { 'p-1': '2026-12-02' } });
  });
});

describe('export and import', () => {
  it('round-trips: storage → file section → storage', () => {
    const stored = {
      [checklistKey('twitch')]: { [first!.id]: '2026-12-01', [second!.id]: '2026-12-02' },
      [checklistKey('roblox')]: { 'f-1a2b': '2026-11-30' },
      settings: { audience: 'parent' },
      'siteUi:twitch': { seen: true, dismissed: false },
    };
    const section = exportChecklists(stored);
    expect(section).toEqual({
      twitch: { [first!.id]: '2026-12-01', [second!.id]: '2026-12-02' },
      roblox: { 'f-1a2b': '2026-11-30' },
    });
    const back = importChecklists(JSON.parse(JSON.stringify(section)));
    expect(back).toEqual({
      [checklistKey('twitch')]: stored[checklistKey('twitch')],
      [checklistKey('roblox')]: stored[checklistKey('roblox')],
    });
  });

  it('imports a damaged section per site and step', () => {
    expect(importChecklists({ twitch: { [first!.id]: 'soon', 'p-2': '2026-01-01' }, '../x': {} })).toEqual({
      [checklistKey('twitch')]: { 'p-2': '2026-01-01' },
    });
    expect(importChecklists('nonsense')).toEqual({});
  });
});
