import { describe, expect, it } from 'vitest';
import { registry } from '../../content/sites/index';
import { toCardData } from '../../utils/card-data';
import { withTexts } from '../../utils/content-translation';
import { parseSettingsImport, serializeSettingsExport } from '../../utils/settings-file';
import { defaultSettings } from '../../utils/settings-model';
import { storageEntryFor } from '../../utils/storage-schema';
import {
  checklistKey,
  checklistProgress,
  checklistSteps,
  exportChecklists,
  checklistKeysIn,
  importChecklists,
  mergeChecklists,
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

describe('ids that hold across languages and releases', () => {
  it('the hash is the one the first version (8ae3c15) stored: its ticks still match', () => {
    // Literals printed by 8ae3c15's own stepId: a change to the hash would silently untick every family's steps.
    expect(stepId('privacy', twitch.privacySteps![0]!.text)).toBe('p-1fycy0j');
    expect(stepId('family', 'x')).toBe('f-1y7mkjr');
  });

  it('a translated card keeps the English ids, so a tick shows in every language', () => {
    const card = toCardData(twitch);
    const french = withTexts(
      card,
      new Map([
        ['privacySteps.0.text', 'Activez la double authentification.'],
        ['privacySteps.1.text', 'Réglez « Autoriser les chuchotements de » sur « Personne ».'],
      ]),
    );
    expect(checklistSteps(french).map((s) => s.id)).toEqual(steps.map((s) => s.id));
    expect(checklistSteps(french)[0]!.text).toBe('Activez la double authentification.');
    // Without the ids (data seeded before this release) the text decides, as in the first version.
    const { stepIds: _ids, ...old } = card;
    expect(checklistSteps(old).map((s) => s.id)).toEqual(steps.map((s) => s.id));
    // A damaged id falls back to the text's own.
    const damaged = { ...card, stepIds: { privacy: ['<script>'], family: [] } };
    expect(checklistSteps(damaged)[0]!.id).toBe(steps[0]!.id);
  });
});

describe('migration: what earlier versions stored', () => {
  it('from no state at all: every step to do, nothing to repair', () => {
    expect(parseAllChecklists({})).toEqual({});
    expect(steps.map((s) => stepStatus(parseSiteChecklist(undefined), s.id, twitch.reviewed))).toEqual(
      steps.map(() => 'todo'),
    );
  });

  it('from the first version (8ae3c15, { id: "YYYY-MM-DD" }): read as is', () => {
    const wip = { [steps[0]!.id]: '2026-12-01', [steps[1]!.id]: '2026-11-20' };
    expect(parseSiteChecklist(wip)).toEqual(wip);
    expect(storageEntryFor(checklistKey('twitch'))!.check(wip, 'twitch')).toBe(true);
  });

  it('a full ISO time (a hand-made or older file) is read as its day; impossible days are dropped', () => {
    expect(
      parseSiteChecklist({
        [steps[0]!.id]: '2026-12-01T09:30:00.000Z',
        [steps[1]!.id]: '2026-02-31',
        [steps[2]!.id]: '2026-12-01T09:30:00+01:00',
      }),
    ).toEqual({ [steps[0]!.id]: '2026-12-01', [steps[2]!.id]: '2026-12-01' });
  });

  it('the storage schema accepts what the panel writes and refuses what its readers would repair', () => {
    const check = (value: unknown) => storageEntryFor(checklistKey('twitch'))!.check(value, 'twitch');
    expect(check(tick({}, steps[0]!.id, today()))).toBe(true);
    expect(check({ [steps[0]!.id]: 'soon' })).toBe(false);
    expect(check('x')).toBe(false);
  });
});

describe('import merges, reset finds every key', () => {
  it('the later tick wins per step; nothing is taken away', () => {
    expect(
      mergeChecklists(
        { 'p-a': '2026-01-01', 'p-b': '2026-05-01' },
        { 'p-a': '2026-03-01', 'p-c': '2026-02-01' },
      ),
    ).toEqual({ 'p-a': '2026-03-01', 'p-b': '2026-05-01', 'p-c': '2026-02-01' });
    expect(mergeChecklists({ 'p-a': '2026-03-01' }, { 'p-a': '2026-01-01' })).toEqual({
      'p-a': '2026-03-01',
    });
  });

  it('checklistKeysIn lists only checklist keys', () => {
    expect(
      checklistKeysIn({ 'checklist:twitch': {}, 'checklist:': {}, 'siteUi:twitch': {}, settings: {} }),
    ).toEqual(['checklist:twitch']);
  });

  it('round-trips through the settings file, and a damaged section is repaired and named', () => {
    const ticks = { twitch: { [steps[0]!.id]: '2026-12-01' }, roblox: { 'f-1a2b': '2026-11-30' } };
    const file = serializeSettingsExport(defaultSettings, ticks);
    const back = parseSettingsImport(file, { knownSiteIds: registry.map((s) => s.id) });
    expect(back).toMatchObject({ ok: true, notices: [] });
    expect(back.ok && back.checklist).toEqual({
      'checklist:twitch': ticks.twitch,
      'checklist:roblox': ticks.roblox,
    });
    // No ticks: no section, and an old file without one imports as before.
    expect(JSON.parse(serializeSettingsExport(defaultSettings))).not.toHaveProperty('checklist');

    const damaged = JSON.stringify({
      streamwise: 'settings',
      schemaVersion: 2,
      settings: {},
      checklist: {
        twitch: { [steps[0]!.id]: '2026-12-01', 'p-x': 'soon' },
        nowhere: { 'p-1': '2026-01-01' },
      },
    });
    const repaired = parseSettingsImport(damaged, { knownSiteIds: registry.map((s) => s.id) });
    expect(repaired.ok && repaired.checklist).toEqual({
      'checklist:twitch': { [steps[0]!.id]: '2026-12-01' },
    });
    expect(repaired.ok && repaired.notices.map((n) => n.key)).toEqual(['checklist']);
    const notObject = parseSettingsImport(
      JSON.stringify({
        streamwise: 'settings',
        schemaVersion: 2,
        settings: { audience: 'parent' },
        checklist: 7,
      }),
    );
    expect(notObject.ok && notObject.notices.map((n) => n.key)).toEqual(['checklist']);
    expect(notObject.ok && notObject.checklist).toBeUndefined();
  });
});
