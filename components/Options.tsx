import type { ComponentChildren } from 'preact';
import {
  AUDIENCES,
  PANEL_CORNERS as CORNERS,
  PANEL_MODES as MODES,
  type Settings,
} from '../utils/settings-model';
import { screenCorner } from '../utils/bidi';
import type { Translate } from '../utils/translate';
import { CONTENT_LANGUAGES, LANGUAGE_NAMES, type LanguageSetting } from '../utils/languages';

export interface OptionsNotice {
  key: string;
  message: string;
}

export interface OptionsProps {
  /** What applies now (policy over user over default). */
  effective: Settings;
  /** Keys the organisation sets: read-only, shown as "Set by your organisation". */
  locked: readonly string[];
  /** Sites the organisation switches off: the user cannot switch them back on. */
  lockedSites: readonly string[];
  /** `lockSettings`: everything read-only; import, export and reset hidden. */
  allLocked: boolean;
  /** Keys whose value is the organisation's recommendation: shown as "Recommended by your organisation". */
  recommended?: readonly string[];
  /** Keys the organisation recommends where the user chose otherwise: offers to go back to the recommendation. */
  recommendedOverridden?: readonly string[];
  /** Forget the user's own value for a key, so the recommendation applies again. */
  onUseRecommended?: (key: keyof Settings) => void;
  /** `storage.managed` has not answered yet (it can take seconds on a fresh start): shown from what is stored. */
  policyPending?: boolean;
  /** Stored settings come from a newer version: shown, never written. */
  readOnly: boolean;
  policyNotices: readonly OptionsNotice[];
  sites: readonly { id: string; name: string }[];
  regions: readonly { code: string; name: string }[];
  detectedRegion: string;
  /** The browser's language as `auto` would use it, named in itself ("Polski"). */
  detectedLanguage?: string;
  /** What happened after the last action (import, reset), announced politely. */
  status?: { kind: 'ok' | 'error'; text: string; details?: readonly string[] };
  onChange: (patch: Partial<Settings>) => void;
  onResetDismissed: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
  /** Clears every site's checklist ticks; absent where a policy hides the checklist. */
  onResetChecklist?: () => void;
  t: Translate;
  /** The page's direction: in right-to-left pages the corners are mirrored, and so are their names. */
  dir?: 'ltr' | 'rtl';
}

const CORNER_LABELS = {
  'bottom-right': 'cornerBottomRight',
  'bottom-left': 'cornerBottomLeft',
  'top-right': 'cornerTopRight',
  'top-left': 'cornerTopLeft',
} as const;

interface FieldProps {
  legend: string;
  locked: boolean;
  /** `follows`: the value is the organisation's recommendation; `overridden`: the user chose another. */
  recommendation?: 'follows' | 'overridden';
  onUseRecommended?: () => void;
  t: Translate;
  children: ComponentChildren;
}

function Field(props: FieldProps) {
  const { t } = props;
  return (
    <fieldset class="sw-field" disabled={props.locked}>
      <legend>{props.legend}</legend>
      {props.locked && <p class="sw-locked">{t('setByOrganisation')}</p>}
      {!props.locked && props.recommendation === 'follows' && (
        <p class="sw-recommended" data-testid="recommended">
          {t('recommendedByOrganisation')}
        </p>
      )}
      {!props.locked && props.recommendation === 'overridden' && props.onUseRecommended && (
        <p class="sw-recommended">
          <button type="button" data-action="use-recommended" onClick={props.onUseRecommended}>
            {t('useRecommended')}
          </button>
        </p>
      )}
      {props.children}
    </fieldset>
  );
}

/** The options page: the same settings for everyone, locked where an organisation has set them. */
export function Options(props: OptionsProps) {
  const { effective, t, onChange } = props;
  const isLocked = (key: keyof Settings) => props.readOnly || props.allLocked || props.locked.includes(key);
  /** The props every field shares: locked, or recommended by the organisation. */
  const field = (key: keyof Settings) => ({
    locked: isLocked(key),
    recommendation: props.recommended?.includes(key)
      ? ('follows' as const)
      : props.recommendedOverridden?.includes(key)
        ? ('overridden' as const)
        : undefined,
    onUseRecommended: props.onUseRecommended && (() => props.onUseRecommended?.(key)),
    t,
  });
  const radio = <T extends string>(name: keyof Settings, value: T, current: T, label: string) => (
    <label class="sw-choice" key={value}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={current === value}
        onChange={() => onChange({ [name]: value } as Partial<Settings>)}
      />
      {label}
    </label>
  );

  return (
    <main class="sw-options sw-card">
      <h1>{t('optionsTitle')}</h1>
      {props.policyNotices.length > 0 && (
        <section class="sw-notice" role="note" data-testid="policy-notices">
          <h2>{t('policyNoticesHeading')}</h2>
          <ul>
            {props.policyNotices.map((n) => (
              <li key={n.key} data-key={n.key}>
                <code>{n.key}</code>: {n.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.readOnly && <p class="sw-notice">{t('newerVersionNotice')}</p>}
      {props.policyPending && (
        <p class="sw-pending" role="status" data-testid="policy-pending">
          {t('policyPending')}
        </p>
      )}

      <Field legend={t('audienceLegend')} {...field('audience')}>
        {AUDIENCES.map((a) =>
          radio('audience', a, effective.audience, t(a === 'parent' ? 'audienceParent' : 'audienceYoung')),
        )}
      </Field>

      <Field legend={t('worriedParentsLegend')} {...field('worriedButton')}>
        <label class="sw-choice">
          <input
            type="checkbox"
            data-setting="worriedButton"
            checked={effective.worriedButton}
            onChange={(e) => onChange({ worriedButton: (e.target as HTMLInputElement).checked })}
          />
          {t('worriedParentsLabel')}
        </label>
        <p class="sw-hint">{t('worriedParentsHint')}</p>
      </Field>

      <Field legend={t('regionLegend')} {...field('region')}>
        <label class="sw-select">
          <span class="sw-visually-hidden">{t('regionLegend')}</span>
          <select
            value={effective.region ?? ''}
            data-setting="region"
            onChange={(e) => onChange({ region: (e.target as HTMLSelectElement).value || null })}
          >
            <option value="">{t('regionAuto', props.detectedRegion)}</option>
            {props.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </Field>

      <Field legend={t('languageLegend')} {...field('language')}>
        <label class="sw-select">
          <span class="sw-visually-hidden">{t('languageLegend')}</span>
          <select
            value={effective.language}
            data-setting="language"
            onChange={(e) => onChange({ language: (e.target as HTMLSelectElement).value as LanguageSetting })}
          >
            <option value="auto">{t('languageAuto', props.detectedLanguage ?? LANGUAGE_NAMES.en)}</option>
            {CONTENT_LANGUAGES.map((code) => (
              // Each language named in itself, and marked as such for screen readers.
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </Field>

      <Field legend={t('modeLegend')} {...field('panelMode')}>
        {MODES.map((m) =>
          radio(
            'panelMode',
            m,
            effective.panelMode,
            t(m === 'auto' ? 'modeAuto' : m === 'collapsed' ? 'modeCollapsed' : 'modeLiveOnly'),
          ),
        )}
      </Field>

      <Field legend={t('cornerLegend')} {...field('panelCorner')}>
        {CORNERS.map((c) =>
          radio(
            'panelCorner',
            c,
            effective.panelCorner,
            t(CORNER_LABELS[screenCorner(c, props.dir ?? 'ltr')]),
          ),
        )}
      </Field>

      <Field legend={t('sitesLegend')} {...field('disabledSites')}>
        <ul class="sw-sites">
          {props.sites.map((site) => {
            const byPolicy = props.lockedSites.includes(site.id);
            const on = !effective.disabledSites.includes(site.id);
            return (
              <li key={site.id}>
                <label>
                  <input
                    type="checkbox"
                    data-site={site.id}
                    checked={on}
                    disabled={byPolicy}
                    onChange={() =>
                      onChange({
                        disabledSites: on
                          ? [...effective.disabledSites, site.id]
                          : effective.disabledSites.filter((id) => id !== site.id),
                      })
                    }
                  />
                  {site.name}
                  {byPolicy && <span class="sw-locked"> ({t('setByOrganisation')})</span>}
                </label>
              </li>
            );
          })}
        </ul>
      </Field>

      {!props.allLocked && !props.readOnly && (
        <section class="sw-section" data-section="manage">
          <h2>{t('manageHeading')}</h2>
          <p class="sw-actions-row">
            <button type="button" data-action="reset-dismissed" onClick={props.onResetDismissed}>
              {t('resetDismissed')}
            </button>
            <button type="button" data-action="export" onClick={props.onExport}>
              {t('exportSettings')}
            </button>
            <label class="sw-file">
              {t('importSettings')}
              <input
                type="file"
                accept="application/json,.json"
                data-action="import"
                onChange={(e) => {
                  const file = (e.target as HTMLInputElement).files?.[0];
                  if (file) props.onImport(file);
                }}
              />
            </label>
          </p>
        </section>
      )}
      {props.onResetChecklist && (
        <section class="sw-section" data-section="checklist">
          <h2>{t('checklistOptionsHeading')}</h2>
          <p>{t('checklistOptionsText')}</p>
          <p class="sw-actions-row">
            <button type="button" data-action="reset-checklist" onClick={props.onResetChecklist}>
              {t('resetChecklist')}
            </button>
          </p>
        </section>
      )}
      <div aria-live="polite" data-testid="options-status">
        {props.status && (
          <div class={props.status.kind === 'error' ? 'sw-error' : 'sw-ok'}>
            <p>{props.status.text}</p>
            {props.status.details && props.status.details.length > 0 && (
              <ul>
                {props.status.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </main>
  );
}
