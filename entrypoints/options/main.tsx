import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsProps } from '../../components/Options';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/reporting';
import { browserTranslate as t } from '../../utils/browser-translate';
import { computeEffectiveSettings } from '../../utils/compute-effective-settings';
import { regionFromLocale } from '../../utils/region';
import {
  formatNotice,
  parseSettingsImport,
  parseStoredSettings,
  resetDismissedSites,
  serializeSettingsExport,
  SETTINGS_STORAGE_KEY,
  toStoredSettings,
  type Settings,
} from '../../utils/settings';
import '../../components/card.css';
import '../../components/page.css';
import { readManagedStorage } from '../../utils/managed-policy';

const siteIds = registry.map((s) => s.id);
const sites = registry.map((s) => ({ id: s.id, name: s.name })).sort((a, b) => a.name.localeCompare(b.name));
const regionChoices = regions.map((r) => ({ code: r.code, name: r.name }));
const locale = browser.i18n.getUILanguage() || navigator.language;
const detected = regions.find((r) => r.code === regionFromLocale(locale))?.name ?? regionFromLocale(locale);
const root = document.getElementById('app')!;
let status: OptionsProps['status'];

/** The user's own settings (never the policy's), as stored. */
async function readUser(): Promise<{ user: Settings; stored: unknown }> {
  const stored = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  return { user: parseStoredSettings(stored, { knownSiteIds: siteIds }).settings, stored };
}

async function save(patch: Partial<Settings>, lockedSites: readonly string[]) {
  const { user } = await readUser();
  const next = { ...user, ...patch };
  // The policy's sites stay the policy's: never copy them into the user's own list.
  if (patch.disabledSites) next.disabledSites = patch.disabledSites.filter((id) => !lockedSites.includes(id));
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: toStoredSettings(next) });
}

async function draw() {
  const [{ stored, user }, managed] = await Promise.all([readUser(), readManagedStorage()]);
  const computed = computeEffectiveSettings(stored, managed, siteIds);
  render(
    <Options
      effective={computed.effective}
      locked={computed.locked}
      lockedSites={computed.lockedSites}
      allLocked={computed.allLocked}
      readOnly={computed.futureVersion}
      policyNotices={computed.policyNotices}
      sites={sites}
      regions={regionChoices}
      detectedRegion={detected}
      status={status}
      t={t}
      onChange={(patch) => void save(patch, computed.lockedSites)}
      onResetDismissed={async () => {
        const writes = resetDismissedSites(await browser.storage.local.get(null));
        await browser.storage.local.set(writes);
        status = { kind: 'ok', text: t('resetDone', String(Object.keys(writes).length)) };
        void draw();
      }}
      onExport={() => {
        const blob = new Blob([serializeSettingsExport(user)], { type: 'application/json' });
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
          await save(result.settings, computed.lockedSites);
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

// Changes from this page, other windows or the organisation's policy show at once.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || SETTINGS_STORAGE_KEY in changes) void draw();
});
void draw();
