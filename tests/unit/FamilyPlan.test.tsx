import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FamilyPlan, type FamilyPlanProps } from '../../components/FamilyPlan';
import { english } from './fixtures/english';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import type { Region } from '../../utils/content-schema';
import * as tips from '../../content/tips';
import { formatPlanDate } from '../../utils/family-plan';

afterEach(cleanup);

const sites = registry.map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));
const gb = regions.find((r) => r.code === 'GB')! as Region;

function show(props: Partial<FamilyPlanProps> = {}) {
  const onPrint = vi.fn();
  const view = render(
    <FamilyPlan
      sites={sites}
      text={buildCardText(tips)}
      region={gb}
      t={english}
      locale="en-GB"
      visited={[]}
      today={new Date('2026-12-02T12:00:00Z')}
      onPrint={onPrint}
      {...props}
    />,
  );
  const planned = () =>
    [...view.container.querySelectorAll('.sw-plan-site')].map((el) => el.getAttribute('data-site'));
  return { ...view, onPrint, planned };
}

describe('FamilyPlan', () => {
  it('starts closed, and its button says whether it is open', () => {
    const { getByTestId, queryByTestId } = show();
    const toggle = getByTestId('plan-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(queryByTestId('plan-filter')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(getByTestId('plan-count').textContent).toBe('Choose at least one platform to see the plan.');
    expect(queryByTestId('plan-sheet')).toBeNull();
  });

  it('ticking platforms builds the sheet; Print calls the browser’s print', () => {
    const { container, getByTestId, planned, onPrint } = show({ initialOpen: true });
    const box = (id: string) => container.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
    fireEvent.click(box('twitch'));
    fireEvent.click(box('roblox'));
    expect(planned()).toEqual(['twitch', 'roblox']);
    expect(getByTestId('plan-count').textContent).toBe('Platforms chosen: 2');
    expect(getByTestId('plan-sheet').textContent).toContain('Where to get help: United Kingdom');
    fireEvent.click(box('twitch'));
    expect(planned()).toEqual(['roblox']);
    fireEvent.click(getByTestId('plan-print'));
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('"visited" picks the visited platforms; it is disabled, with a hint, when there are none', () => {
    const none = show({ initialOpen: true });
    expect((none.getByTestId('plan-visited') as HTMLButtonElement).disabled).toBe(true);
    expect(none.container.textContent).toContain('has not visited any of these platforms yet');
    cleanup();
    const some = show({ initialOpen: true, visited: ['kick', 'twitch'] });
    expect(some.getByTestId('plan-visited').textContent).toContain('(2)');
    fireEvent.click(some.getByTestId('plan-visited'));
    expect(some.planned()).toEqual(['kick', 'twitch']);
    fireEvent.click(some.getByTestId('plan-clear'));
    expect(some.planned()).toEqual([]);
  });

  it('the filter narrows the list but keeps earlier choices', () => {
    const { container, getByTestId, planned } = show({
      initialOpen: true,
      initialChosen: ['roblox', 'nope'],
    });
    expect(planned()).toEqual(['roblox']);
    fireEvent.input(getByTestId('plan-filter'), { target: { value: 'twitch' } });
    expect(
      [...container.querySelectorAll('.sw-plan-sites input')].map((i) => (i as HTMLInputElement).value),
    ).toEqual(['twitch']);
    expect(planned()).toEqual(['roblox']);
  });

  it('each step and family tool gets a printed box, hidden from screen readers', () => {
    const { container } = show({ initialOpen: true, initialChosen: ['roblox'] });
    const roblox = registry.find((s) => s.id === 'roblox')!;
    const boxes = container.querySelectorAll('.sw-plan-site .sw-plan-box');
    expect(boxes.length).toBe((roblox.privacySteps?.length ?? 0) + (roblox.familyTools?.length ?? 0));
    expect([...boxes].every((b) => b.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(container.textContent).toContain(`Checked ${formatPlanDate(roblox.reviewed, 'en-GB')}`);
  });
});
