import { browser } from 'wxt/browser';
import { checklistKey, effectiveSettingsKey } from '../../utils/storage-keys';
import { render } from 'preact';
import { Guide, type GuideSite } from '../../components/Guide';
import { FamilyPlan } from '../../components/FamilyPlan';
import { registry } from '../../content/sites/index';
import { localizedCard, localizedRegions, localizedTips } from '../../content/localized';
import { catalogs } from '../../utils/catalogs';
import type { CardText } from '../../utils/card-types';
import { contentLanguageFor, type ContentLanguage } from '../../utils/languages';
import { interfaceTranslator, markLanguage, formatLocaleFor } from '../../utils/surface-language';
import { tipGroups } from '../../utils/tip-groups';
import { buildCardText } from '../../utils/card-text';
import {
  parseEffectiveSettings,
  schoolNoteFor,
  type EffectiveSettings,
} from '../../utils/effective-settings';
import { resolveRegion } from '../../utils/region';
import { visitedSiteIds } from '../../utils/family-plan';
import { parseSiteChecklist, tick, today, untick, type SiteChecklist } from '../../utils/checklist';
import '../../components/card.css';
import '../../components/page.css';
import '../../components/family-plan.css';

/** Every card, the shared text, the tips and the regions in one language, worked out once per language shown. */
interface Content {
  sites: GuideSite[];
  cardText: CardText;
  tips: ReturnType<typeof localizedTips>;
  regions: ReturnType<typeof localizedRegions>;
}
const content = new Map<ContentLanguage, Content>();
function contentIn(language: ContentLanguage): Content {
  let found = content.get(language);
  if (!found) {
    const tips = localizedTips(language);
    found = {
      sites: registry.map((entry) => ({ ...localizedCard(entry, language), hosts: entry.hosts })),
      // One card text for the cards and the plan, so both speak the same language.
      cardText: buildCardText(tips),
      tips,
      regions: localizedRegions(language),
    };
    content.set(language, found);
  }
  return found;
}
const params = new URLSearchParams(location.search);
const initialQuery = params.get('q') ?? '';
// `?plan=twitch,roblox` opens the family plan with those platforms chosen (a link or bookmark to it).
const initialPlan = params.get('plan');
const locale = browser.i18n.getUILanguage() || navigator.language;
const root = document.getElementById('app')!;
let visited: string[] = [];
let current: EffectiveSettings | undefined;

/** The reader's country for the plan's lines, as the popup works it out: the setting, else the language. */
function regionFor(settings: EffectiveSettings | undefined, regions: Content['regions']) {
  const code = resolveRegion(settings?.region ?? undefined, locale);
  return regions.find((r) => r.code === code) ?? regions.find((r) => r.code === 'INTL')!;
}

let ticks: Record<string, SiteChecklist> = {};

function toggle(siteId: string, stepId: string, checked: boolean) {
  const before = ticks[siteId] ?? {};
  const next = checked ? tick(before, stepId, today()) : untick(before, stepId);
  ticks = { ...ticks, [siteId]: next };
  const key = checklistKey(siteId);
  void (Object.keys(next).length > 0
    ? browser.storage.local.set({ [key]: next })
    : browser.storage.local.remove(key));
  draw();
}

const readTicks = (stored: Record<string, unknown>) =>
  Object.fromEntries(registry.map((entry) => [entry.id, parseSiteChecklist(stored[checklistKey(entry.id)])]));

/**
 * Renders at once in the browser's language; the reader's `language` setting, the organisation's notes
 * and the checklist (from storage) apply when read. The checklist waits for the settings, so a profile
 * whose policy hides it never shows it.
 */
function draw(settings = current) {
  current = settings;
  const language = contentLanguageFor(settings?.language, locale);
  const t = interfaceTranslator(catalogs, language);
  markLanguage(document.documentElement, language);
  const { sites, cardText, tips, regions } = contentIn(language);
  render(
    <Guide
      sites={sites}
      text={cardText}
      t={t}
      locale={formatLocaleFor(language, locale)}
      language={language}
      initialQuery={initialQuery}
      schoolNoteFor={settings && ((id) => schoolNoteFor(settings, id, t('yourOrganisation')))}
      checklist={settings?.checklist ? { ticks, onToggle: toggle } : undefined}
      plan={
        <FamilyPlan
          sites={sites}
          text={cardText}
          region={regionFor(settings, regions)}
          t={t}
          locale={formatLocaleFor(language, locale)}
          visited={visited}
          initialOpen={initialPlan !== null}
          initialChosen={initialPlan?.split(',') ?? []}
          onPrint={() => window.print()}
        />
      }
      tips={tipGroups({
        audience: settings?.audience ?? 'parent',
        extraTips: settings?.extraTips,
        parentTips: tips.parentTips.map((tip) => tip.text),
        youngTips: tips.youngPersonTips.map((tip) => tip.text),
      })}
    />,
    root,
  );
}

draw();
// Everything stored is read once: the effective settings, and which sites have per-site panel state.
void browser.storage.local.get(null).then((stored) => {
  visited = visitedSiteIds(stored, registry);
  ticks = readTicks(stored);
  draw(parseEffectiveSettings(stored[effectiveSettingsKey]));
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  let ticked = false;
  for (const entry of registry) {
    const change = changes[checklistKey(entry.id)];
    if (!change) continue;
    ticks = { ...ticks, [entry.id]: parseSiteChecklist(change.newValue) };
    ticked = true;
  }
  const change = changes[effectiveSettingsKey];
  if (change) draw(parseEffectiveSettings(change.newValue));
  else if (ticked) draw();
});
