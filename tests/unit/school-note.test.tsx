import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Guide } from '../../components/Guide';
import { Popup } from '../../components/Popup';
import { SiteCard } from '../../components/SiteCard';
import type { CardText } from '../../utils/card-types';
import { regions } from '../../content/regions/index';
import { registry } from '../../content/sites/index';
import { toCardData } from '../../utils/card-data';
import { schoolNoteFor } from '../../utils/effective-settings';
import { english } from './fixtures/english';
import { validSite } from './fixtures/valid-site';

afterEach(cleanup);

/** Policy `siteNotes` on the cards of the popup and the guide (the panel passes the same prop). */

const text: CardText = {
  liveRisks: ['Floods of comments.'],
  youngTips: ['Block and report.'],
  youngLines: [],
  keepEvidence: ['Screenshot it.'],
  talkAbout: [],
};
const gb = regions.find((r) => r.code === 'GB')!;
const site = toCardData(validSite());
const note = { org: 'Ms A. Example, Designated Safeguarding Lead', text: 'Blocked on school devices.' };
const sectionIds = (container: Element) =>
  [...container.querySelectorAll('.sw-card > section')].map((s) => s.getAttribute('data-section'));

describe('the school note on a site card', () => {
  it('is a separate box under the organisation’s name, first on the card', () => {
    const { container } = render(
      <SiteCard site={site} live={false} text={text} t={english} schoolNote={note} />,
    );
    const box = container.querySelector('[data-section="school-note"]')!;
    expect(box.classList.contains('sw-school-note')).toBe(true);
    expect(box.getAttribute('aria-label')).toBe('A note from your organisation');
    expect(box.querySelector('h3')?.textContent).toBe(note.org);
    expect(box.querySelector('p')?.textContent).toBe(note.text);
    expect(sectionIds(container)[0]).toBe('school-note');
  });

  it('for a young reader, first too', () => {
    const { container } = render(
      <SiteCard site={site} live={false} text={text} t={english} audience="young-person" schoolNote={note} />,
    );
    expect(sectionIds(container)[0]).toBe('school-note');
  });

  it('on a live page, straight after Report, so Report stays in view', () => {
    const { container } = render(<SiteCard site={site} live text={text} t={english} schoolNote={note} />);
    const ids = sectionIds(container);
    expect(ids.indexOf('school-note')).toBe(ids.indexOf('report') + 1);
  });

  it('is rendered as text, never as HTML', () => {
    const html = { org: '<b>Org</b>', text: '<img src=x onerror="alert(1)"><script>alert(2)</script>' };
    const { container } = render(
      <SiteCard site={site} live={false} text={text} t={english} schoolNote={html} />,
    );
    const box = container.querySelector('[data-section="school-note"]')!;
    expect(box.querySelector('img, script, b')).toBeNull();
    expect(box.querySelector('p')?.textContent).toBe(html.text);
    expect(box.querySelector('h3')?.textContent).toBe('<b>Org</b>');
  });

  it('no note: no box', () => {
    const { container } = render(<SiteCard site={site} live={false} text={text} t={english} />);
    expect(container.querySelector('[data-section="school-note"]')).toBeNull();
  });
});

describe('the popup and the guide pass the note to the card', () => {
  it('popup: the active site’s note', () => {
    const { container } = render(
      <Popup
        site={site}
        live={false}
        region={gb}
        audience="parent"
        parentTips={[]}
        youngTips={[]}
        text={text}
        guideUrl="chrome-extension://id/guide.html"
        t={english}
        schoolNote={note}
      />,
    );
    expect(container.querySelector('[data-section="site"] [data-section="school-note"] p')?.textContent).toBe(
      note.text,
    );
  });

  it('guide: each site’s own note, under "Your organisation" without a contact', () => {
    const sites = registry.map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));
    const settings = { siteNotes: { roblox: 'Blocked at school.' } };
    const { container } = render(
      <Guide
        sites={sites}
        text={text}
        t={english}
        schoolNoteFor={(id) => schoolNoteFor(settings, id, english('yourOrganisation'))}
      />,
    );
    const boxes = container.querySelectorAll('[data-section="school-note"]');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.closest('[data-site]')?.getAttribute('data-site')).toBe('roblox');
    expect(boxes[0]!.querySelector('h3')?.textContent).toBe('Your organisation');
  });
});
