import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Isolate, Message } from './Bidi';
import { searchSites } from '../utils/search-sites';
import { SiteCard } from './SiteCard';
import type { CardText, SiteCardData } from '../utils/card-types';
import type { SchoolNote } from './SchoolNote';
import type { Translate } from '../utils/translate';
import type { TipGroup } from '../utils/tip-groups';
import { TipList } from './TipList';
import type { SiteChecklist } from '../utils/checklist';

export interface GuideSite extends SiteCardData {
  hosts: readonly string[];
}

export interface GuideProps {
  sites: readonly GuideSite[];
  text: CardText;
  t: Translate;
  locale?: string;
  /** The language of the content (each card says once that menu names stay English). */
  language?: string;
  initialQuery?: string;
  /** The organisation's note for a site (policy `siteNotes`), shown on that site's card. */
  schoolNoteFor?: (siteId: string) => SchoolNote | undefined;
  /** The family plan to print (components/FamilyPlan.tsx), between the search and the cards. */
  plan?: ComponentChildren;
  /** Every tip, the organisation's first: the popup's "All tips" leads here (#tips). */
  tips?: readonly TipGroup[];
  /** Every site's checklist ticks, and what a tick does; absent where a policy hides the checklist. */
  checklist?: {
    ticks: Readonly<Record<string, SiteChecklist>>;
    onToggle: (siteId: string, stepId: string, checked: boolean) => void;
  };
}

/** Every platform's card, searchable: the offline guide page. */
export function Guide({
  sites,
  text,
  t,
  locale,
  language,
  initialQuery = '',
  schoolNoteFor,
  plan,
  tips = [],
  checklist,
}: GuideProps) {
  const [query, setQuery] = useState(initialQuery);
  const shown = searchSites(
    [...sites].sort((a, b) => a.name.localeCompare(b.name)),
    query,
  );
  return (
    <main class="sw-guide">
      <header>
        <h1>{t('guideTitle')}</h1>
        <p>{t('guideIntro')}</p>
        <label class="sw-search">
          <span>{t('guideSearch')}</span>
          <input
            type="search"
            value={query}
            onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
            data-testid="guide-search"
          />
        </label>
        <p aria-live="polite" data-testid="guide-count">
          {shown.length === 0 ? (
            <Message t={t} k="guideNone" values={[query]} />
          ) : shown.length === 1 ? (
            t('guideCountOne')
          ) : (
            t('guideCount', String(shown.length))
          )}
        </p>
      </header>
      {plan}
      <ul class="sw-guide-list">
        {shown.map((site) => (
          <li key={site.id} data-site={site.id}>
            <details class="sw-card">
              <summary>
                <h2>
                  <Isolate text={site.name} />
                </h2>
              </summary>
              <SiteCard
                site={site}
                live={false}
                text={text}
                t={t}
                locale={locale}
                language={language}
                schoolNote={schoolNoteFor?.(site.id)}
                checklist={
                  checklist && {
                    ticks: checklist.ticks[site.id] ?? {},
                    onToggle: (stepId, checked) => checklist.onToggle(site.id, stepId, checked),
                  }
                }
              />
            </details>
          </li>
        ))}
      </ul>
      {tips.length > 0 && (
        <section id="tips" class="sw-card sw-guide-tips" data-section="guide-tips">
          <h2>{t('guideTipsHeading')}</h2>
          {tips.map((group) => (
            <TipList
              key={group.section}
              section={group.section}
              heading={t(group.heading)}
              tips={group.tips}
            />
          ))}
        </section>
      )}
    </main>
  );
}
