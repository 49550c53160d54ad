import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '../../components/Popup';
import { english } from './fixtures/english';
import { regions } from '../../content/regions/index';
import { toCardData } from '../../utils/card-data';
import { validSite } from './fixtures/valid-site';

afterEach(cleanup);

const gb = regions.find((r) => r.code === 'GB')!;

function renderPopup(overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    live: false,
    region: gb,
    audience: 'parent',
    parentTips: ['Talk regularly.'],
    youngTips: ['Block and report.'],
    text: {
      liveRisks: ['Floods of comments.'],
      youngTips: [],
      youngLines: [],
      keepEvidence: [],
      talkAbout: [],
    },
    guideUrl: 'chrome-extension://id/guide.html',
    t: english,
    ...overrides,
  };
  return render(<Popup {...props} />);
}

const sectionOrder = (container: Element) =>
  [...container.querySelectorAll('main > section, main > section > div > section')]
    .map((s) => s.getAttribute('data-section'))
    .filter(Boolean);

describe('Popup', () => {
  it('off the registry: reporting lines first, then tips, and no site card', () => {
    const { container } = renderPopup();
    expect(container.querySelector('[data-section="site"]')).toBeNull();
    expect(sectionOrder(container)).toEqual(['reporting-lines', 'parent-tips', 'young-tips']);
    expect(container.textContent).toContain('CEOP Safety Centre');
    expect(container.textContent).toContain('If a child is in immediate danger, call 999.');
  });

  it('on a registry site: the site card first, then tips, then the lines', () => {
    const { container } = renderPopup({ site: toCardData(validSite()) });
    expect(container.querySelector('[data-section="site"] h2')?.textContent).toBe(
      'On this site: Example Live',
    );
    const order = sectionOrder(container);
    expect(order[0]).toBe('site');
    expect(order.indexOf('parent-tips')).toBeLessThan(order.indexOf('reporting-lines'));
  });

  it('on a live page the card leads with the live risks', () => {
    const { container } = renderPopup({ site: toCardData(validSite()), live: true });
    expect(
      container.querySelector('[data-section="site"] [data-section]')?.getAttribute('data-section'),
    ).toBe('live-risks');
  });

  it('puts the young-person tips first for that audience', () => {
    const { container } = renderPopup({ audience: 'young-person' });
    const order = sectionOrder(container);
    expect(order.indexOf('young-tips')).toBeLessThan(order.indexOf('parent-tips'));
  });

  it('shows organisation tips first among the tips', () => {
    const { container } = renderPopup({ extraTips: ['Speak to Ms Patel in room 4.'] });
    const order = sectionOrder(container);
    expect(order.indexOf('extra-tips')).toBeLessThan(order.indexOf('parent-tips'));
    expect(container.textContent).toContain('Speak to Ms Patel in room 4.');
  });

  it('shows phone numbers as text, never as links', () => {
    const { container } = renderPopup();
    expect(container.querySelector('a[href^="tel:"]')).toBeNull();
    expect(container.textContent).toContain('Phone: 0800 1111');
  });
});
