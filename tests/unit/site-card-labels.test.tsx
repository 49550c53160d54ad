import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteCard } from '../../components/SiteCard';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import * as tips from '../../content/tips';
import { english } from './fixtures/english';
import { validSite } from './fixtures/valid-site';

afterEach(cleanup);

function linkTexts(site = validSite()): string[] {
  const { container } = render(
    <SiteCard site={toCardData(site)} live={false} text={buildCardText(tips)} t={english} />,
  );
  // The link text without its visually hidden "opens in a new tab".
  return [...container.querySelectorAll('a')].map((a) =>
    [...a.childNodes]
      .filter((node) => !(node instanceof Element && node.matches('.sw-visually-hidden')))
      .map((node) => node.textContent)
      .join(''),
  );
}

describe('SiteCard link labels', () => {
  it('uses the generic labels when an entry gives none', () => {
    const texts = linkTexts();
    expect(texts).toContain(english('reportLink', 'Example Live'));
    expect(texts).toContain(english('safetyCentre', 'Example Live'));
  });

  it('names each link for what it is when the entry says', () => {
    const texts = linkTexts(
      validSite({
        reporting: { url: 'https://example-live.com/report', label: 'Example Help: User safety' },
        safetyCentreLabel: 'Example Help: Viewer controls',
      }),
    );
    expect(texts).toContain('Example Help: User safety');
    expect(texts).toContain('Example Help: Viewer controls');
    expect(texts).not.toContain(english('reportLink', 'Example Live'));
    expect(texts).not.toContain(english('safetyCentre', 'Example Live'));
  });
});
