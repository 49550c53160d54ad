import { render } from 'preact';
import { SETTINGS_STORAGE_KEY, effectiveSettingsKey } from '../../utils/storage-keys';
import { browser } from 'wxt/browser';
import { Options, type OptionsProps } from '../../components/Options';
import { registry } from '../../content/sites/index';
import { localizedRegions } from '../../content/localized';
import { catalogs } from '../../utils/catalogs';
import { contentLanguageFor, LANGUAGE_NAMES, type ContentLanguage } from '../../utils/languages';
import { interfaceTranslator, markLanguage } from '../../utils/surface-language';
import type { Translate } from '../../utils/translate';
import { computeWithPolicy, organisationFromStored } from '../../utils/compute-effective-settings';
import { parsePolicy } from '../../utils/policy';
import { regionFromLocale } from '../../utils/region';
import { formatNotice } from '../../utils/notices';
import { parseSettingsImport, serializeSettingsExport } from '../../utils/settings-file';
import { parseStoredSettings, toStoredUserSettings } from '../../utils/stored-settings';
import { resetDismissedSites } from '../../utils/site-ui-state';
import {
  checklistKeysIn,
  exportChecklists,
  mergeChecklists,
  parseSiteChecklist,
} from '../../utils/checklist';
import type { Settings } from '../../utils/settings-model';
import '../../components/card.css';
import '../../components/page.css';
import { readManagedStorage } from '../../utils/managed-policy';
import { applyUserChange, forgetUserChoice } from '../../utils/user-choices';

const siteIds = registry.map((s) => s.id);
const sites = registry.map((s) => ({ id: s.id, name: s.name })).sort((a, b) => a.name.localeCompare(b.name));
const locale = browser.i18n.getUILanguage() || navigator.language;
const browserLanguage = contentLanguageFor('auto', locale);
const root = document.getElementById('app')!;
let status: OptionsProps['status'];
/** The page's language: the effective `language` setting, read again at every draw. */
let t: Translate = interfaceTranslator(catalogs, browserLanguage);

/** Region names in the page's language, and the one the browser's language points to. */
function regionChoices(language: ContentLanguage) {
  const regions = localizedRegions(language);
  const code = regionFromLocale(locale);
  return {
    choices: regions.map((r) => ({ code: r.code, name: r.name })),
    detected: regions.find((r) => r.code === code)?.name ?? code,
  };
}

/**
 * What `storage.managed` answered, once it has. On a fresh start it can take about 4 s: until then the
 * page shows the last policy the worker stored with the effective settings, never a blank page.
 */
let managed: { raw: unknown } | undefined;
/** Only the latest draw renders, whatever order the storage reads finish in. */
let drawCount = 0;

/** The user's own choices (never the policy's, nor the defaults), as stored. */
async function readUserChoices(): Promise<Partial<Settings>> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  return parseStoredSettings(stored, { knownSiteIds: siteIds }).explicit;
}

/** Writes one after another, so two quick changes never read the same old record and lose one. */
let writing: Promise<void> = Promise.resolve();
function update(change: (choices: Partial<Settings>) => Partial<Settings>): Promise<void> {
  writing = writing
    .then(async () => {
      const next = change(await readUserChoices());
      await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: toStoredUserSettings(next) });
    })
    // A failed write must not stop the ones after it.
    .catch((error: unknown) => console.error(error));
  return writing;
}

/** Only the keys the user chose are written, so an organisation's recommendation fills the others. */
function save(patch: Partial<Settings>, lockedSites: readonly string[]): Promise<void> {
  return update((choices) => applyUserChange(choices, patch, lockedSites));
}

/** Forgets the user's own value, so the organisation's recommendation applies again. */
function useRecommended(key: keyof Settings): Promise<void> {
  return update((choices) => forgetUserChoice(choices, key));
}

async function draw() {
  const count = ++drawCount;
  const local = await browser.storage.local.get([SETTINGS_STORAGE_KEY, effectiveSettingsKey]);
  if (count !== drawCount) return;
  const stored = local[SETTINGS_STORAGE_KEY];
  const policy = managed
    ? parsePolicy(managed.raw, siteIds)
    : organisationFromStored(local[effectiveSettingsKey], siteIds);
  const computed = computeWithPolicy(stored, policy, siteIds);
  const user = parseStoredSettings(stored, { knownSiteIds: siteIds }).settings;
  const language = contentLanguageFor(computed.effective.language, locale);
  t = interfaceTranslator(catalogs, language);
  markLanguage(document.documentElement, language);
  const regions = regionChoices(language);
  render(
    <Options
      dir={document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr'}
      effective={computed.effective}
      locked={computed.locked}
      lockedSites={computed.lockedSites}
      allLocked={computed.allLocked}
      recommended={computed.recommended}
      recommendedOverridden={computed.recommendedOverridden}
      onUseRecommended={(key) => void useRecommended(key)}
      policyPending={managed === undefined}
      readOnly={computed.futureVersion}
      policyNotices={computed.policyNotices}
      sites={sites}
      regions={regions.choices}
      detectedRegion={regions.detected}
      detectedLanguage={LANGUAGE_NAMES[browserLanguage]}
      status={status}
      t={t}
      onChange={(patch) => void save(patch, computed.lockedSites)}
      onResetDismissed={async () => {
        const writes = resetDismissedSites(await browser.storage.local.get(null));
        await browser.storage.local.set(writes);
        status = { kind: 'ok', text: t('resetDone', String(Object.keys(writes).length)) };
        void draw();
      }}
      onResetChecklist={
        computed.effective.checklist && !computed.futureVersion
          ? async () => {
              await browser.storage.local.remove(checklistKeysIn(await browser.storage.local.get(null)));
              status = { kind: 'ok', text: t('resetChecklistDone') };
              void draw();
            }
          : undefined
      }
      onExport={async () => {
        const ticks = computed.effective.checklist
          ? exportChecklists(await browser.storage.local.get(null))
          : {};
        const blob = new Blob([serializeSettingsExport(user, ticks)], { type: 'application/json' });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'streamwise-settings.json';
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      }}
      onImport={async (file) => {
        const result = parseSettingsImport(await file.text(), { knownSiteIds: siteIds });
        if (!result.ok) {
          status = { kind: 'error', text: result.error };
        } else {
          if (Object.keys(result.settings).length > 0) await save(result.settings, computed.lockedSites);
          const imported = result.checklist ?? {};
          const keys = Object.keys(imported);
          if (keys.length > 0) {
            const current = await browser.storage.local.get(keys);
            await browser.storage.local.set(
              Object.fromEntries(
                keys.map((key) => [key, mergeChecklists(parseSiteChecklist(current[key]), imported[key]!)]),
              ),
            );
          }
          status = {
            kind: result.notices.length ? 'error' : 'ok',
            text: t(result.notices.length ? 'importPartial' : 'importDone'),
            details: result.notices.map(formatNotice),
          };
        }
        void draw();
      }}
    />,
    root,
  );
}

function readPolicy() {
  void readManagedStorage().then((raw) => {
    managed = { raw };
    void draw();
  });
}

// Changes from this page, other windows, the worker or the organisation's policy show at once.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') readPolicy();
  else if (area === 'local' && (SETTINGS_STORAGE_KEY in changes || effectiveSettingsKey in changes))
    void draw();
});
void draw();
readPolicy();
