import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Guide } from '../../components/Guide';
import { english } from './fixtures/english';
import { registry } from '../../content/sites/index';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import * as tips from '../../content/tips';
import { tipGroups } from '../../utils/tip-groups';

afterEach(cleanup);

const sites = registry.map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));

describe('Guide', () => {
  it('lists every registry platform', () => {
    const { container } = render(<Guide sites={sites} text={buildCardText(tips)} t={english} />);
    const ids = [...container.querySelectorAll('[data-site]')]
      .map((li) => li.getAttribute('data-site'))
      .sort();
    expect(ids).toEqual(registry.map((s) => s.id).sort());
    expect(container.querySelector('[data-testid="guide-count"]')?.textContent).toBe(
      `${registry.length} platforms`,
    );
  });

  it('filters as the user types and says when nothing matches', () => {
    const { container, getByTestId } = render(<Guide sites={sites} text={buildCardText(tips)} t={english} />);
    fireEvent.input(getByTestId('guide-search'), { target: { value: 'twitch' } });
    expect([...container.querySelectorAll('[data-site]')].map((li) => li.getAttribute('data-site'))).toEqual([
      'twitch',
    ]);
    fireEvent.input(getByTestId('guide-search'), { target: { value: 'no such platform' } });
    expect(container.querySelectorAll('[data-site]')).toHaveLength(0);
    expect(getByTestId('guide-count').textContent).toBe('No platform matches “no such platform”.');
  });

  it('ends with every tip under #tips, the organisation’s first (where the popup’s "All tips" leads)', () => {
    const groups = tipGroups({
      audience: 'parent',
      extraTips: ['See Ms Patel.'],
      parentTips: tips.parentTips.map((tip) => tip.text),
      youngTips: tips.youngPersonTips.map((tip) => tip.text),
    });
    const { container } = render(
      <Guide sites={sites} text={buildCardText(tips)} t={english} tips={groups} />,
    );
    const section = container.querySelector('section#tips')!;
    expect(section.querySelector('h2')?.textContent).toBe('Tips for families');
    expect(
      [...section.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section')),
    ).toEqual(['extra-tips', 'parent-tips', 'young-tips']);
    expect(section.querySelectorAll('li')).toHaveLength(
      1 + tips.parentTips.length + tips.youngPersonTips.length,
    );
    // Searching platforms leaves the tips alone.
    fireEvent.input(getByTestIdIn(container, 'guide-search'), { target: { value: 'no such platform' } });
    expect(container.querySelector('section#tips li')?.textContent).toBe('See Ms Patel.');
  });
});

function getByTestIdIn(container: Element, id: string): Element {
  const el = container.querySelector(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no ${id}`);
  return el;
}
