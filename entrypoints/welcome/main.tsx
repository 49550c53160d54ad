import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome, type WelcomeChoices } from '../../components/Welcome';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import { browserTranslate as t } from '../../utils/browser-translate';
import { regionFromLocale } from '../../utils/region';
import { SETTINGS_STORAGE_KEY } from '../../utils/storage-keys';
import { parseStoredSettings, toStoredUserSettings } from '../../utils/stored-settings';
import { applyUserChange } from '../../utils/user-choices';
import '../../components/card.css';
import '../../components/page.css';
import '../../components/welcome.css';

const siteIds = registry.map((s) => s.id);
const locale = browser.i18n.getUILanguage() || navigator.language;
const detected = regions.find((r) => r.code === regionFromLocale(locale))?.name ?? regionFromLocale(locale);
document.title = t('welcomeTitle');

const readStored = async () => (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];

/** The options page's path: only the keys the user chose are written, into the one versioned record. */
async function save(choices: WelcomeChoices): Promise<void> {
  const explicit = parseStoredSettings(await readStored(), { knownSiteIds: siteIds }).explicit;
  const next = applyUserChange(explicit, choices, []);
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: toStoredUserSettings(next) });
}

void readStored().then((stored) => {
  const { audience, region, panelMode } = parseStoredSettings(stored, { knownSiteIds: siteIds }).settings;
  render(
    <Welcome
      initial={{ audience, region, panelMode }}
      regions={regions.map((r) => ({ code: r.code, name: r.name }))}
      detectedRegion={detected}
      guideUrl={browser.runtime.getURL('/guide.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
      t={t}
      onSave={save}
    />,
    document.getElementById('app')!,
  );
});
