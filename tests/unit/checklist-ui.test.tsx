import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registry } from '../../content/sites/index';
import * as tips from '../../content/tips';
import { ChecklistProgress } from '../../components/ChecklistProgress';
import { Guide } from '../../components/Guide';
import { Options, type OptionsProps } from '../../components/Options';
import { SiteCard } from '../../components/SiteCard';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import { checklistSteps } from '../../utils/checklist';
import { visitedProgress, progressKeys } from '../../utils/checklist-visited';
import { parseEffectiveSettings } from '../../utils/effective-settings';
import { defaultSettings } from '../../utils/settings-model';
import { english } from './fixtures/english';

afterEach(cleanup);

const text = buildCardText(tips);
const entry = (id: string) => registry.find((s) => s.id === id)!;
// Discord has privacy steps and family tools.
const discord = toCardData(entry('discord'));
const steps = checklistSteps(discord);
const privacyCount = discord.privacySteps!.length;

function card(ticks: Record<string, string>, onToggle = vi.fn(), site = discord) {
  return render(
    <SiteCard
      site={site}
      live={false}
      text={text}
      t={english}
      locale="en-GB"
      checklist={{ ticks, onToggle }}
    />,
  );
}

const boxes = (root: ParentNode) => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

describe('the checklist on a card', () => {
  it('a real, labelled checkbox per privacy step and family tool, in the card order', () => {
    const { container, getByLabelText } = card({});
    expect(discord.familyTools?.length).toBeGreaterThan(0);
    expect(boxes(container)).toHaveLength(steps.length);
    expect(boxes(container).map((b) => b.closest('li')!.getAttribute('data-step'))).toEqual(
      steps.map((s) => s.id),
    );
    for (const step of steps) expect(getByLabelText(step.text)).toBeInstanceOf(HTMLInputElement);
    // A click on the step's text ticks it: every checkbox has a <label for> in the card.
    for (const box of boxes(container))
      expect(container.querySelector(`label[for="${box.id}"]`)).not.toBeNull();
    expect(new Set(boxes(container).map((b) => b.id)).size).toBe(steps.length);
    expect(container.querySelector('[data-testid="checklist-count"]')?.textContent).toBe(
      `0 of ${steps.length} steps done`,
    );
  });

  it('ticking and unticking call back with the step id; the family tool link stays a link', () => {
    const onToggle = vi.fn();
    const { container } = card({ [steps[0]!.id]: '2999-01-01' }, onToggle);
    const [first, second] = boxes(container);
    expect(first!.checked).toBe(true);
    fireEvent.click(second!);
    expect(onToggle).toHaveBeenLastCalledWith(steps[1]!.id, true);
    fireEvent.click(first!);
    expect(onToggle).toHaveBeenLastCalledWith(steps[0]!.id, false);
    const family = container.querySelector('[data-section="family"] li.sw-step')!;
    const tool = discord.familyTools![0]!;
    expect(family.textContent).toContain(tool.name);
    if (tool.url) expect(family.querySelector('a')?.getAttribute('href')).toBe(tool.url);
    expect(family.querySelector('label')?.textContent).toBe(tool.description);
    expect(family.querySelector('input')?.getAttribute('aria-label')).toBe(
      `${tool.name}: ${tool.description}`,
    );
  });

  it('a tick older than the card shows unticked with "Check again — updated <month>", tied to the box', () => {
    const { container } = card({ [steps[privacyCount]!.id]: '2000-01-01', [steps[0]!.id]: '2999-01-01' });
    const stale = container.querySelector(`li[data-step="${steps[privacyCount]!.id}"]`)!;
    expect(stale.getAttribute('data-status')).toBe('stale');
    const box = stale.querySelector('input')!;
    expect(box.checked).toBe(false);
    const note = container.querySelector(`#${box.getAttribute('aria-describedby')}`);
    expect(note?.textContent).toMatch(/^Check again — updated [A-Z][a-z]+ \d{4}$/);
    expect(container.querySelectorAll('[data-testid="check-again"]')).toHaveLength(1);
    expect(container.querySelector('[data-testid="checklist-count"]')?.textContent).toBe(
      `1 of ${steps.length} steps done`,
    );
  });

  it('without a checklist (a policy hides it) the card has no checkbox and keeps its lists', () => {
    const { container } = render(<SiteCard site={discord} live={false} text={text} t={english} />);
    expect(boxes(container)).toHaveLength(0);
    expect(container.querySelectorAll('[data-section="privacy"] li')).toHaveLength(privacyCount);
  });

  it("the guide gives each card its own site's ticks and ids", () => {
    const sites = registry.map((e) => ({ ...toCardData(e), hosts: e.hosts }));
    const onToggle = vi.fn();
    const { container } = render(
      <Guide
        sites={sites}
        text={text}
        t={english}
        checklist={{ ticks: { discord: { [steps[0]!.id]: '2999-01-01' } }, onToggle }}
      />,
    );
    const item = container.querySelector('li[data-site="discord"]')!;
    expect(boxes(item)[0]!.checked).toBe(true);
    fireEvent.click(boxes(item)[1]!);
    expect(onToggle).toHaveBeenCalledWith('discord', steps[1]!.id, true);
    const ids = boxes(container).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the popup progress line', () => {
  const sites = registry;
  const tiktok = entry('tiktok');
  const tiktokSteps = checklistSteps(tiktok);

  it('lists visited platforms (seen, or ticked), the current one first, counts ticks and stale ones apart', () => {
    const stored = {
      'siteUi:discord': { seen: true, dismissed: false },
      'siteUi:youtube': { seen: false, dismissed: false },
      'checklist:tiktok': {
        [tiktokSteps[0]!.id]: '2999-01-01',
        [tiktokSteps[1]!.id]: '2999-01-01',
        [tiktokSteps[2]!.id]: '2000-01-01',
      },
      'checklist:roblox': 'corrupt',
    };
    const entries = visitedProgress(sites, stored, 'twitch');
    expect(entries.map((e) => e.siteId)).toEqual(['twitch', 'discord', 'tiktok']);
    expect(entries[2]).toEqual({
      siteId: 'tiktok',
      name: 'TikTok',
      done: 2,
      stale: 1,
      total: tiktokSteps.length,
    });
    expect(progressKeys([{ id: 'a' }])).toEqual(['siteUi:a', 'checklist:a']);

    const { container } = render(<ChecklistProgress entries={entries} t={english} />);
    expect(container.querySelector('h2')?.textContent).toBe('Your checklist');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `Twitch not started`,
      ` · Discord not started`,
      ` · TikTok 2 of ${tiktokSteps.length} (1 to check again)`,
    ]);
    expect(container.querySelector('li:first-child [aria-hidden="true"]')).toBeNull();
    expect(container.querySelectorAll('li:nth-child(2) [aria-hidden="true"]')).toHaveLength(1);
  });

  it('nothing visited: nothing shows', () => {
    expect(visitedProgress(sites, {})).toEqual([]);
    const { container } = render(<ChecklistProgress entries={[]} t={english} />);
    expect(container.childNodes).toHaveLength(0);
  });
});

describe('reset and the policy flag', () => {
  const props: OptionsProps = {
    effective: { ...defaultSettings, disabledSites: [] },
    locked: [],
    lockedSites: [],
    allLocked: false,
    readOnly: false,
    policyNotices: [],
    sites: [],
    regions: [],
    detectedRegion: 'United Kingdom',
    onChange: vi.fn(),
    onResetDismissed: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    t: english,
  };

  it('the options page offers "Clear the checklist" only when given the action, even with settings locked', () => {
    const onResetChecklist = vi.fn();
    const { container, getByText } = render(
      <Options {...props} allLocked onResetChecklist={onResetChecklist} />,
    );
    fireEvent.click(getByText('Clear the checklist'));
    expect(onResetChecklist).toHaveBeenCalledOnce();
    cleanup();
    const without = render(<Options {...props} />);
    expect(without.container.querySelector('[data-action="reset-checklist"]')).toBeNull();
    expect(container).toBeDefined();
  });

  it('a damaged stored flag falls back to what the stored policy implies', () => {
    expect(parseEffectiveSettings({}).checklist).toBe(true);
    expect(parseEffectiveSettings({ checklist: false }).checklist).toBe(false);
    expect(
      parseEffectiveSettings({ checklist: 'no', organisation: { policy: { lockSettings: true } } }).checklist,
    ).toBe(false);
    expect(
      parseEffectiveSettings({
        checklist: 1,
        organisation: { policy: { lockSettings: true, checklist: true } },
      }).checklist,
    ).toBe(true);
  });
});
