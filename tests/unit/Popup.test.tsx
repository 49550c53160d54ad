import { cleanup, fireEvent, render } from '@testing-library/preact';
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
    parentTips: ['Talk regularly.', 'Check the settings together.'],
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

/** The popup's own top-level parts, in order. */
const topSections = (container: Element) =>
  [...container.querySelectorAll('main > [data-section]')].map((s) => s.getAttribute('data-section'));

const visibleText = (el: Element | null) =>
  el && !el.closest('[hidden], details:not([open])') ? el.textContent : null;

describe('Popup', () => {
  it('off the registry: the lines, then one tip; no site', () => {
    const { container } = renderPopup();
    expect(container.querySelector('[data-section="site"]')).toBeNull();
    expect(topSections(container)).toEqual(['reporting-lines', 'tips']);
    expect(container.textContent).toContain('If a child is in immediate danger, call 999.');
  });

  it('on a registry site: the site with its Report link first, its full card folded', () => {
    const { container } = renderPopup({ site: toCardData(validSite()) });
    expect(topSections(container)).toEqual(['site', 'reporting-lines', 'tips']);
    const site = container.querySelector('[data-section="site"]')!;
    expect(site.querySelector('h2')?.textContent).toBe('On this site: Example Live');
    const report = site.querySelector<HTMLAnchorElement>('a[data-testid="report-now"]')!;
    expect(report.href).toBe('https://example-live.com/report');
    expect(report.target).toBe('_blank');
    expect(report.rel).toBe('noopener noreferrer');
    expect(report.textContent).toBe('How to report on Example Live (opens in a new tab)');
    const fold = site.querySelector('details[data-section="site-card"]') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')?.textContent).toBe('Settings, tools and advice for Example Live');
    // Nothing is dropped: the whole card is inside the fold.
    expect(fold.querySelector('[data-section="privacy"]')).not.toBeNull();
    expect(fold.querySelector('[data-section="report"]')).not.toBeNull();
  });

  it('where a platform has no reporting page, its in-app path is the Report line', () => {
    const site = toCardData(validSite({ reporting: { path: 'Profile → ⋯ → Report' } }));
    const { container } = renderPopup({ site });
    const report = container.querySelector('[data-testid="report-now"]')!;
    expect(report.localName).toBe('p');
    expect(report.textContent).toBe('In the app or site: Profile → ⋯ → Report');
  });

  it('marks a live page and the folded card leads with the live risks', () => {
    const { container } = renderPopup({ site: toCardData(validSite()), live: true });
    expect(container.querySelector('.sw-live-badge')?.textContent).toBe('Live');
    expect(
      container.querySelector('[data-section="site-card"] [data-section]')?.getAttribute('data-section'),
    ).toBe('live-risks');
  });

  it('shows every line as a row: its name as the one link, its phone as text, its description folded', () => {
    const { container } = renderPopup();
    const rows = [...container.querySelectorAll('[data-section="reporting-lines"] li')];
    expect(rows.map((r) => r.querySelector('.sw-line-name')?.textContent)).toEqual(
      gb.lines.map((l) => (l.url ? `${l.name} (opens in a new tab)` : l.name)),
    );
    for (const [i, row] of rows.entries()) {
      const line = gb.lines[i]!;
      expect(row.querySelectorAll('.sw-line-head a').length, line.name).toBe(line.url ? 1 : 0);
      expect(row.querySelector('.sw-line-more')?.hasAttribute('hidden'), line.name).toBe(true);
      expect(row.querySelector('.sw-line-more')?.textContent).toContain(line.description);
    }
    expect(container.querySelector('a[href^="tel:"]')).toBeNull();
    const childline = rows.find((r) => r.textContent?.includes('Childline (NSPCC)'))!;
    expect(childline.querySelector('[data-testid="line-phone"]')?.textContent).toBe('Phone: 0800 1111');
  });

  it('a line’s button expands and folds its description, saying so with aria-expanded', () => {
    const { container } = renderPopup();
    const row = container.querySelector('[data-section="reporting-lines"] li')!;
    const button = row.querySelector('button')!;
    const more = row.querySelector('.sw-line-more')!;
    expect(button.getAttribute('aria-controls')).toBe(more.id);
    expect(button.getAttribute('aria-label')).toBe(`More about ${gb.lines[0]!.name}`);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(more.hasAttribute('hidden')).toBe(false);
    expect(visibleText(more)).toContain(gb.lines[0]!.description);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(more.hasAttribute('hidden')).toBe(true);
  });

  it('one tip up front, "All tips" to the guide, and every tip folded below', () => {
    const { container } = renderPopup();
    expect(container.querySelector('[data-testid="featured-tip"]')?.textContent).toBe('Talk regularly.');
    expect(container.querySelector('a[data-testid="all-tips"]')?.getAttribute('href')).toBe(
      'chrome-extension://id/guide.html#tips',
    );
    const more = container.querySelector('details[data-section="tips-fold"]')!;
    expect(more.querySelector('summary')?.textContent).toBe('More tips (2)');
    expect(
      [...more.querySelectorAll('[data-section$="-tips"]')].map((s) => s.getAttribute('data-section')),
    ).toEqual(['parent-tips', 'young-tips']);
    expect([...more.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Talk regularly.',
      'Check the settings together.',
      'Block and report.',
    ]);
  });

  it('young people get their own tip first', () => {
    const { container } = renderPopup({ audience: 'young-person' });
    expect(container.querySelector('[data-testid="featured-tip"]')?.textContent).toBe('Block and report.');
  });

  it('an organisation’s tip leads, and its list comes first among the tips', () => {
    const { container } = renderPopup({ extraTips: ['Speak to Ms Patel in room 4.'] });
    expect(container.querySelector('[data-testid="featured-tip"]')?.textContent).toBe(
      'Speak to Ms Patel in room 4.',
    );
    const sections = [...container.querySelectorAll('[data-section$="-tips"]')].map((s) =>
      s.getAttribute('data-section'),
    );
    expect(sections[0]).toBe('extra-tips');
  });

  it('shows the organisation’s contact and site note outside the fold, once each', () => {
    const contact = { name: 'Ms Patel', phone: '01234 567890' };
    const schoolNote = { org: 'Hill School', text: 'Roblox is not allowed on school laptops.' };
    const { container } = renderPopup({ site: toCardData(validSite()), contact, schoolNote });
    expect(container.querySelectorAll('[data-section="contact"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-section="school-note"]')).toHaveLength(1);
    expect(container.querySelector('[data-section="contact"]')?.closest('details')).toBeNull();
    expect(container.querySelector('[data-section="school-note"]')?.closest('details')).toBeNull();
  });

  it('renders checklist progress under the site’s Report link, or above the lines without a site', () => {
    const progress = <p data-testid="progress">2 of 5</p>;
    const withSite = renderPopup({ site: toCardData(validSite()), progress }).container;
    expect(
      withSite.querySelector('[data-section="site"] .sw-report-now + [data-testid="progress"]'),
    ).not.toBeNull();
    expect(withSite.querySelectorAll('[data-testid="progress"]')).toHaveLength(1);
    cleanup();
    const alone = renderPopup({ progress }).container;
    expect(
      alone.querySelector('main > [data-testid="progress"] + [data-section="reporting-lines"]'),
    ).not.toBeNull();
  });

  it('its icons are decorative: hidden from screen readers, drawn inline', () => {
    const { container } = renderPopup({ site: toCardData(validSite()), optionsUrl: 'x://options' });
    const icons = [...container.querySelectorAll('svg')];
    expect(icons.length).toBeGreaterThan(5);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).toBe('true');
      expect(icon.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
      expect(icon.querySelector('image, use')).toBeNull();
    }
  });
});
