import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../components/Panel';
import { english } from '../../components/messages';
import { toCardData } from '../../utils/card-data';
import { validSite } from './fixtures/valid-site';

afterEach(cleanup);

function renderPanel(overrides: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    site: toCardData(validSite({ notes: ['Ages differ by country.'], thirdPartySections: ['privacy'] })),
    live: false,
    state: 'open',
    liveRisks: ['Watch for floods of comments and dares.'],
    youngPersonLines: ['Block, report, tell a trusted adult.'],
    t: english,
    onCollapse: vi.fn(),
    onExpand: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<Panel {...props} />) };
}

describe('Panel', () => {
  it('names the platform and lists steps, family tools, reporting and young-person advice', () => {
    const { getByRole, container } = renderPanel();
    expect(getByRole('heading', { level: 2 }).textContent).toBe('Safety tips for Example Live');
    expect(container.querySelector('[data-section="privacy"] li')?.textContent).toContain(
      'Turn off direct messages from strangers.',
    );
    expect(container.querySelector('[data-section="privacy"] .sw-path')?.textContent).toBe(
      'Settings → Privacy',
    );
    expect(container.querySelector('[data-section="family"]')?.textContent).toContain('Family Hub');
    expect(container.querySelector('[data-section="report"]')?.textContent).toContain('⋯ → Report');
    expect(container.querySelector('[data-section="young"]')?.textContent).toContain('You can block anyone.');
    expect(container.querySelector('[data-section="about"]')?.textContent).toContain(
      'Ages differ by country.',
    );
    expect(container.querySelector('[data-section="privacy"] .sw-note')).not.toBeNull();
    expect(container.textContent).toContain('Checked November 2026');
  });

  it('renders every link as https, in a new tab, without opener or referrer', () => {
    const { container } = renderPanel();
    const links = [...container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('renders data as text, never as markup', () => {
    const site = toCardData(validSite({ name: '<img src=x onerror=alert(1)>' }));
    const { container } = renderPanel({ site });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('leads with live-streaming risks and then reporting on a live page', () => {
    const { container } = renderPanel({ live: true });
    const sections = [...container.querySelectorAll('[data-section]')].map((s) =>
      s.getAttribute('data-section'),
    );
    expect(sections.slice(0, 2)).toEqual(['live-risks', 'report']);
    expect(container.querySelector('[data-testid="panel"]')?.getAttribute('data-live')).toBe('true');
  });

  it('has no live section on other pages', () => {
    const { container } = renderPanel({ live: false });
    expect(container.querySelector('[data-section="live-risks"]')).toBeNull();
  });

  it('collapses on its button and on Escape, and dismisses', () => {
    const { props, container } = renderPanel();
    fireEvent.click(container.querySelector('[data-action="collapse"]')!);
    fireEvent.keyDown(container.querySelector('[data-testid="panel"]')!, { key: 'Escape' });
    fireEvent.click(container.querySelector('[data-action="dismiss"]')!);
    expect(props.onCollapse).toHaveBeenCalledTimes(2);
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows only a labelled button when collapsed', () => {
    const { props, container, getByRole } = renderPanel({ state: 'collapsed' });
    expect(container.querySelector('[data-section]')).toBeNull();
    const button = getByRole('button', { name: 'Show safety tips for Example Live' });
    fireEvent.click(button);
    expect(props.onExpand).toHaveBeenCalledTimes(1);
  });
});
