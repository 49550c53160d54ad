import { render } from 'preact';
import { effectiveSettingsKey } from '../../utils/storage-keys';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { registry } from '../../content/sites/index';
import { localizedCard, localizedRegions, localizedTips } from '../../content/localized';
import { catalogs } from '../../utils/catalogs';
import { contentLanguageFor } from '../../utils/languages';
import { interfaceTranslator, markLanguage, formatLocaleFor } from '../../utils/surface-language';
import { buildCardText } from '../../utils/card-text';
import { isWhichSiteReply, type WhichSiteReply, type WhichSiteRequest } from '../../utils/messages';
import { isWorriedReply, type WorriedRequest } from '../../utils/worried-message';
import { worriedAvailable, worriedSteps } from '../../utils/worried';
import { resolveRegion } from '../../utils/region';
import { progressKeys, visitedProgress } from '../../utils/checklist-visited';
import { ChecklistProgress } from '../../components/ChecklistProgress';
import { parseEffectiveSettings, schoolNoteFor } from '../../utils/effective-settings';
import '../../components/card.css';
import '../../components/page.css';
import '../../components/popup.css';

/** Ask the content script in the active tab; it only exists on registry hosts, so elsewhere this is undefined. */
async function activeSite(): Promise<WhichSiteReply | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const request: WhichSiteRequest = { type: 'streamwise:which-site' };
  const reply: unknown = await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  return isWhichSiteReply(reply) ? reply : undefined;
}

/** Asks the page in the active tab to show "I'm worried" over itself; false when it cannot. */
async function worriedInTab(): Promise<boolean> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  const request: WorriedRequest = { type: 'streamwise:worried' };
  const reply: unknown = await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  return isWorriedReply(reply) && reply.opened;
}

async function main() {
  const [found, stored] = await Promise.all([
    activeSite(),
    browser.storage.local.get([effectiveSettingsKey, ...progressKeys(registry)]),
  ]);
  const settings = parseEffectiveSettings(stored[effectiveSettingsKey]);
  const progress = settings.checklist ? visitedProgress(registry, stored, found?.siteId) : undefined;
  const locale = browser.i18n.getUILanguage() || navigator.language;
  // The reader's language (setting or policy, else the browser's) for the interface and the content.
  const language = contentLanguageFor(settings.language, locale);
  const t = interfaceTranslator(catalogs, language);
  markLanguage(document.documentElement, language);
  const [regions, tips] = [localizedRegions(language), localizedTips(language)];
  const code = resolveRegion(settings.region ?? undefined, locale);
  const region = regions.find((r) => r.code === code) ?? regions.find((r) => r.code === 'INTL')!;
  const entry = found && registry.find((s) => s.id === found.siteId);
  const site = entry ? localizedCard(entry, language) : undefined;
  const steps = worriedSteps({ site, region, contact: settings.contact });
  let worriedOpen = false;
  const app = document.getElementById('app')!;

  const draw = () =>
    render(
      <Popup
        site={site}
        live={found?.isLive ?? false}
        region={region}
        audience={settings.audience}
        contact={settings.contact}
        extraTips={settings.extraTips}
        schoolNote={entry ? schoolNoteFor(settings, entry.id, t('yourOrganisation')) : undefined}
        parentTips={tips.parentTips.map((tip) => tip.text)}
        youngTips={tips.youngPersonTips.map((tip) => tip.text)}
        text={buildCardText(tips)}
        guideUrl={browser.runtime.getURL('/guide.html')}
        optionsUrl={browser.runtime.getURL('/options.html')}
        t={t}
        locale={formatLocaleFor(language, locale)}
        language={language}
        progress={progress && <ChecklistProgress entries={progress} t={t} />}
        worried={
          worriedAvailable(settings.audience, settings.worriedButton)
            ? {
                steps,
                open: worriedOpen,
                onOpen: () => {
                  // On a registry page the page itself shows it, over everything; elsewhere, here.
                  void (found ? worriedInTab() : Promise.resolve(false)).then((opened) => {
                    if (opened) return window.close();
                    worriedOpen = true;
                    draw();
                  });
                },
                onClose: () => {
                  worriedOpen = false;
                  draw();
                  app.querySelector<HTMLElement>('[data-action="worried"]')?.focus();
                },
              }
            : undefined
        }
      />,
      app,
    );
  draw();
}

void main();
