import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../components/Panel';
import { english } from './fixtures/english';
import { regions } from '../../content/regions/index';
import { toCardData } from '../../utils/card-data';
import { validSite } from './fixtures/valid-site';

afterEach(cleanup);

const gb = regions.find((r) => r.code === 'GB')!;
const text = {
  liveRisks: ['Watch for floods of comments and dares.'],
  youngTips: ['Block, report, tell a trusted adult.'],
  youngLines: ['Nobody who really cares about you asks you to keep secrets.'],
  keepEvidence: ['Write down usernames and times.'],
  talkAbout: [
    { text: 'Who do you like watching online?' },
    { text: 'What are the comments like on streams?', feature: 'live' as const },
    { text: 'What happens on random video chats?', feature: 'random-video-chat' as const },
  ],
};

function renderPanel(overrides: Partial<PanelProps> = {}) {
  const props: PanelProps = {
    site: toCardData(validSite({ notes: ['Ages differ by country.'], thirdPartySections: ['privacy'] })),
    live: false,
    text,
    region: gb,
    t: english,
    onCollapse: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<Panel {...props} />) };
}

const sections = (container: Element) =>
  [...container.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));

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

  it('on a live page leads with the risks, then Report: the platform first, then the national line', () => {
    const { container } = renderPanel({ live: true });
    expect(sections(container).slice(0, 2)).toEqual(['live-risks', 'report']);
    expect(container.querySelector('[data-testid="panel"]')?.getAttribute('data-live')).toBe('true');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('https://example-live.com/report');
    expect(links[1]).toBe(gb.lines[0]!.url);
    expect(container.querySelector('[data-section="report"]')?.textContent).toContain(
      'If a child is in immediate danger, call 999.',
    );
  });

  it('has no live section on other pages', () => {
    const { container } = renderPanel({ live: false });
    expect(container.querySelector('[data-section="live-risks"]')).toBeNull();
  });

  it('for parents: talk-about-it questions fitting the platform, keeping evidence, and support lines', () => {
    const site = toCardData(validSite());
    const { container } = renderPanel({ site });
    const talk = container.querySelector('[data-section="talk"]')?.textContent ?? '';
    expect(talk).toContain('What are the comments like on streams?');
    expect(talk).toContain('Who do you like watching online?');
    expect(talk).not.toContain('random video chats');
    expect(container.querySelector('[data-section="evidence"]')?.textContent).toContain(
      'Write down usernames',
    );
    expect(container.querySelector('[data-section="support"]')?.textContent).toContain('Childline');
  });

  it('for young people: leads with what is not OK and who can help, without the parents’ questions', () => {
    const { container } = renderPanel({ audience: 'young-person' });
    expect(sections(container)[0]).toBe('young');
    expect(container.querySelector('[data-section="young"]')?.textContent).toContain('keep secrets');
    expect(container.querySelector('[data-section="talk"]')).toBeNull();
  });

  it('shows an organisation contact as "Talk to …"', () => {
    const { container } = renderPanel({ contact: { name: 'Ms Patel', phone: '01632 960000' } });
    expect(container.querySelector('[data-section="contact"]')?.textContent).toContain('Talk to Ms Patel');
    expect(container.querySelector('[data-section="contact"]')?.textContent).toContain('01632 960000');
  });

  it('collapses on its button and on Escape, and dismisses', () => {
    const { props, container } = renderPanel();
    fireEvent.click(container.querySelector('[data-action="collapse"]')!);
    fireEvent.keyDown(container.querySelector('[data-testid="panel"]')!, { key: 'Escape' });
    fireEvent.click(container.querySelector('[data-action="dismiss"]')!);
    expect(props.onCollapse).toHaveBeenCalledTimes(2);
    expect(props.onDismiss).toHaveBeenCalledTimes(1);
  });
});
