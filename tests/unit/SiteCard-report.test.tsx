import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteCard } from '../../components/SiteCard';
import { regions } from '../../content/regions/index';
import { toCardData } from '../../utils/card-data';
import type { RegionCode } from '../../utils/region';
import { english } from './fixtures/english';
import { validSite } from './fixtures/valid-site';

afterEach(cleanup);

const text = { liveRisks: [], youngTips: [], youngLines: [], keepEvidence: [], talkAbout: [] };
const region = (code: RegionCode) => regions.find((r) => r.code === code)!;

function reportSection(code: RegionCode) {
  const { container } = render(
    <SiteCard site={toCardData(validSite())} live={false} text={text} t={english} region={region(code)} />,
  );
  return container.querySelector('[data-section="report"]')!;
}

describe('SiteCard: report section', () => {
  it.each([
    ['GB', /^Report Remove/],
    ['US', /^Take It Down/],
    ['CA', /^NeedHelpNow/],
    ['INTL', /^Take It Down/],
  ] as const)('in %s names the image-removal service %s', (code, name) => {
    const removal = [...reportSection(code).querySelectorAll('[data-testid="image-removal"]')];
    expect(removal.some((p) => name.test(p.textContent ?? ''))).toBe(true);
  });

  it('names every image-removal line of the region, and none where there is none', () => {
    for (const r of regions) {
      const expected = r.lines.filter((l) => l.kind === 'image-removal').length;
      expect(reportSection(r.code).querySelectorAll('[data-testid="image-removal"]'), r.code).toHaveLength(
        expected,
      );
      cleanup();
    }
  });

  it('leads INTL with the Virtual Global Taskforce, not INHOPE', () => {
    const national = reportSection('INTL').querySelector('[data-testid="national-line"]');
    expect(national?.textContent).toMatch(/Virtual Global Taskforce/);
  });
});
