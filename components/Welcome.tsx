import { useEffect, useRef, useState } from 'preact/hooks';
import {
  AUDIENCES,
  PANEL_MODES,
  type Audience,
  type PanelMode,
  type Settings,
} from '../utils/settings-model';
import type { Translate } from '../utils/translate';

/** The three first-run choices; `region: null` keeps "from the browser's language". */
export type WelcomeChoices = Pick<Settings, 'audience' | 'region' | 'panelMode'>;

export interface WelcomeProps {
  /** What is in force now (defaults on a fresh install), so the page starts from it. */
  initial: WelcomeChoices;
  regions: readonly { code: string; name: string }[];
  /** The country the browser's language gives, by name. */
  detectedRegion: string;
  guideUrl: string;
  optionsUrl: string;
  t: Translate;
  /** Saves through the options page's path; resolves when stored. */
  onSave: (choices: WelcomeChoices) => Promise<void>;
}

const audienceLabel = (a: Audience) => (a === 'parent' ? 'audienceParent' : 'audienceYoung');
const modeLabel = (m: PanelMode) =>
  m === 'auto' ? 'modeAuto' : m === 'collapsed' ? 'modeCollapsed' : 'modeLiveOnly';

/** The first-run page: what Streamwise does and does not do, three choices, then done. */
export function Welcome({ initial, regions, detectedRegion, guideUrl, optionsUrl, t, onSave }: WelcomeProps) {
  const [choices, setChoices] = useState<WelcomeChoices>(initial);
  const [state, setState] = useState<'choosing' | 'saving' | 'saved' | 'failed'>('choosing');
  const doneRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<WelcomeChoices>) => setChoices((now) => ({ ...now, ...patch }));

  // The confirmation takes focus, so a screen reader hears it and the keyboard starts from there.
  useEffect(() => {
    if (state === 'saved') doneRef.current?.focus();
  }, [state]);

  const submit = (event: Event) => {
    event.preventDefault();
    setState('saving');
    onSave(choices).then(
      () => setState('saved'),
      () => setState('failed'),
    );
  };

  return (
    <main class="sw-guide sw-welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="sw-welcome-lead">{t('welcomeIntro')}</p>
      <section aria-labelledby="sw-welcome-private" class="sw-welcome-box">
        <h2 id="sw-welcome-private">{t('welcomePrivateHeading')}</h2>
        <ul>
          <li>{t('welcomeNoNetwork')}</li>
          <li>{t('welcomeNoAccount')}</li>
          <li>{t('welcomeNotBlock')}</li>
        </ul>
      </section>

      {state === 'saved' ? (
        <div class="sw-welcome-done" ref={doneRef} tabIndex={-1} role="status" data-testid="welcome-done">
          <h2>{t('welcomeDoneHeading')}</h2>
          <p>{t('welcomeDoneText')}</p>
          <p class="sw-welcome-links">
            <a href={guideUrl}>{t('welcomeGuideLink')}</a>
            <a href={optionsUrl}>{t('settings')}</a>
          </p>
        </div>
      ) : (
        <form onSubmit={submit} data-testid="welcome-form">
          <h2>{t('welcomeChoicesHeading')}</h2>
          <fieldset class="sw-field">
            <legend>{t('audienceLegend')}</legend>
            {AUDIENCES.map((a) => (
              <label key={a} class="sw-choice">
                <input
                  type="radio"
                  name="audience"
                  value={a}
                  checked={choices.audience === a}
                  onChange={() => set({ audience: a })}
                />
                {t(audienceLabel(a))}
              </label>
            ))}
          </fieldset>

          <fieldset class="sw-field">
            <legend>{t('regionLegend')}</legend>
            <p class="sw-welcome-detected" id="sw-welcome-detected">
              {t('welcomeDetected', detectedRegion)}
            </p>
            <label class="sw-welcome-select">
              <span>{t('welcomeRegionChange')}</span>
              <select
                name="region"
                aria-describedby="sw-welcome-detected"
                value={choices.region ?? ''}
                onChange={(e) => set({ region: (e.target as HTMLSelectElement).value || null })}
              >
                <option value="">{t('regionAuto', detectedRegion)}</option>
                {regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>

          <fieldset class="sw-field">
            <legend>{t('modeLegend')}</legend>
            {PANEL_MODES.map((m) => (
              <label key={m} class="sw-choice">
                <input
                  type="radio"
                  name="panelMode"
                  value={m}
                  checked={choices.panelMode === m}
                  onChange={() => set({ panelMode: m })}
                />
                {t(modeLabel(m))}
              </label>
            ))}
          </fieldset>

          {state === 'failed' && (
            <p class="sw-error" role="alert">
              {t('welcomeSaveFailed')}
            </p>
          )}
          <button
            type="submit"
            class="sw-welcome-submit"
            disabled={state === 'saving'}
            data-testid="welcome-save"
          >
            {t('welcomeSave')}
          </button>
        </form>
      )}
    </main>
  );
}
