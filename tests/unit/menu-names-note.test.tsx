import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteCard } from '../../components/SiteCard';
import { Guide } from '../../components/Guide';
import { registry } from '../../content/sites/index';
import * as tips from '../../content/tips';
import { toCardData } from '../../utils/card-data';
import { buildCardText } from '../../utils/card-text';
import { catalogs } from '../../utils/catalogs';
import { interfaceTranslator } from '../../utils/surface-language';

/** Menu paths and quoted setting names stay the app's English words: a non-English card says so once. */

afterEach(cleanup);

const text = buildCardText(tips);
const twitch = registry.find((s) => s.id === 'twitch')!;

function notes(language: string | undefined, site = twitch, audience?: 'young-person') {
  const t = interfaceTranslator(catalogs, language ?? 'en');
  const { container } = render(
    <SiteCard
      site={toCardData(site)}
      live={false}
      text={text}
      t={t}
      language={language}
      audience={audience}
    />,
  );
  return [...container.querySelectorAll('[data-testid="menu-names-note"]')].map((el) => ({
    text: el.textContent,
    section: el.closest('[data-section]')?.getAttribute('data-section'),
  }));
}

describe('the menu-names note', () => {
  it('appears once, in the privacy section, in the card’s language', () => {
    expect(notes('pl')).toEqual([{ text: catalogs.pl!.menuNamesEnglish!.message, section: 'privacy' }]);
    expect(notes('ar')).toEqual([{ text: catalogs.ar!.menuNamesEnglish!.message, section: 'privacy' }]);
    expect(notes('pl', twitch, 'young-person')).toHaveLength(1);
  });

  it('never on an English card', () => {
    expect(notes('en')).toEqual([]);
    expect(notes(undefined)).toEqual([]);
  });

  it('in the family-tools section when a card has no privacy steps', () => {
    const withTools = registry.find((s) => s.familyTools?.length)!;
    const site = { ...withTools, privacySteps: undefined };
    expect(notes('de', site).map((n) => n.section)).toEqual(['family']);
    expect(notes('de', { ...site, familyTools: undefined })).toEqual([]);
  });

  it('once per card in the guide, where every card is on one page', () => {
    const t = interfaceTranslator(catalogs, 'fr');
    const sites = registry.slice(0, 5).map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));
    const { container } = render(<Guide sites={sites} text={text} t={t} language="fr" />);
    const cards = [...container.querySelectorAll('.sw-guide-list > li')];
    for (const card of cards) {
      const site = registry.find((s) => s.id === card.getAttribute('data-site'))!;
      const expected = site.privacySteps?.length || site.familyTools?.length ? 1 : 0;
      expect(card.querySelectorAll('[data-testid="menu-names-note"]').length, site.id).toBe(expected);
    }
  });
});

describe('the interface in a language, English where it lacks a string', () => {
  it('translates from the bundled catalogue, whatever the browser’s language', () => {
    const t = interfaceTranslator(catalogs, 'pl');
    expect(t('panelTitle', 'Twitch')).toBe(catalogs.pl!.panelTitle!.message.replace('$VALUE$', 'Twitch'));
    const partial = interfaceTranslator({ en: catalogs.en!, pl: {} }, 'pl');
    expect(partial('settings')).toBe(catalogs.en!.settings!.message);
    expect(interfaceTranslator(catalogs, 'xx')('settings')).toBe(catalogs.en!.settings!.message);
  });
});
