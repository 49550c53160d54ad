import { useState } from 'preact/hooks';
import type { Region } from '../utils/content-schema';
import type { CardText, SiteCardData } from '../utils/card-types';
import { composeFamilyPlan, knownChoices } from '../utils/family-plan';
import { searchSites } from '../utils/search-sites';
import type { Translate } from '../utils/translate';
import { PlanSheet } from './PlanSheet';

export interface FamilyPlanProps {
  sites: readonly (SiteCardData & { hosts?: readonly string[] })[];
  text: CardText;
  /** The reader's country (setting or browser language), for its reporting lines. */
  region: Region;
  t: Translate;
  locale: string;
  /** Registry ids of the platforms this browser has visited. */
  visited: readonly string[];
  initialChosen?: readonly string[];
  initialOpen?: boolean;
  today?: Date;
  /** Opens the browser's print dialog (which also offers "Save as PDF"). */
  onPrint: () => void;
}

/** The guide's "family plan to print": pick platforms, see the page, print it. */
export function FamilyPlan(props: FamilyPlanProps) {
  const { sites, t, visited } = props;
  const [open, setOpen] = useState(props.initialOpen ?? false);
  const [chosen, setChosen] = useState<string[]>(() => knownChoices(sites, props.initialChosen ?? []));
  const [query, setQuery] = useState('');
  const sorted = [...sites].sort((a, b) => a.name.localeCompare(b.name, props.locale));
  const shown = searchSites(sorted, query);
  const toggle = (id: string, on: boolean) =>
    setChosen((now) => (on ? knownChoices(sites, [...now, id]) : now.filter((c) => c !== id)));
  const plan = composeFamilyPlan({
    sites: sorted,
    chosen,
    text: props.text,
    region: props.region,
    locale: props.locale,
    today: props.today ?? new Date(),
  });

  return (
    <section class="sw-plan" data-section="family-plan" aria-labelledby="sw-plan-heading">
      <div class="sw-plan-controls">
        <h2 id="sw-plan-heading">{t('planHeading')}</h2>
        <p>{t('planIntro')}</p>
        <button
          type="button"
          class="sw-button"
          aria-expanded={open}
          aria-controls="sw-plan-builder"
          data-testid="plan-toggle"
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'planHide' : 'planOpen')}
        </button>
        {open && (
          <div id="sw-plan-builder" class="sw-plan-builder">
            <fieldset class="sw-plan-pick">
              <legend>{t('planPickLegend')}</legend>
              <div class="sw-plan-row">
                <button
                  type="button"
                  class="sw-button"
                  data-testid="plan-visited"
                  disabled={visited.length === 0}
                  onClick={() => setChosen(knownChoices(sites, visited))}
                >
                  {t('planVisited', String(visited.length))}
                </button>
                <button
                  type="button"
                  class="sw-button"
                  data-testid="plan-clear"
                  disabled={chosen.length === 0}
                  onClick={() => setChosen([])}
                >
                  {t('planClear')}
                </button>
              </div>
              {visited.length === 0 && <p class="sw-plan-hint">{t('planNoneVisited')}</p>}
              <label class="sw-plan-filter">
                <span>{t('planFilter')}</span>
                <input
                  type="search"
                  value={query}
                  data-testid="plan-filter"
                  onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
                />
              </label>
              <ul class="sw-plan-sites">
                {shown.map((site) => (
                  <li key={site.id}>
                    <label>
                      <input
                        type="checkbox"
                        value={site.id}
                        checked={chosen.includes(site.id)}
                        onChange={(event) => toggle(site.id, (event.target as HTMLInputElement).checked)}
                      />
                      {site.name}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <p aria-live="polite" data-testid="plan-count">
              {chosen.length === 0 ? t('planEmpty') : t('planChosen', String(chosen.length))}
            </p>
            {chosen.length > 0 && (
              <div class="sw-plan-row">
                <button
                  type="button"
                  class="sw-button sw-primary"
                  data-testid="plan-print"
                  onClick={props.onPrint}
                >
                  {t('planPrint')}
                </button>
                <p class="sw-plan-hint">{t('planPdfHint')}</p>
              </div>
            )}
          </div>
        )}
      </div>
      {open && plan.platforms.length > 0 && <PlanSheet plan={plan} t={t} />}
    </section>
  );
}
