import { browser } from 'wxt/browser';
import { checklistKey, effectiveSettingsKey } from '../../utils/storage-keys';
import { render } from 'preact';
import { Guide } from '../../components/Guide';
import { FamilyPlan } from '../../components/FamilyPlan';
import { browserTranslate as t } from '../../utils/browser-translate';
import { registry } from '../../content/sites/index';
import { regions } from '../../content/regions/index';
import * as tips from '../../content/tips';
import { toCardData } from '../../utils/card-data';
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

const sites = registry.map((entry) => ({ ...toCardData(entry), hosts: entry.hosts }));
// One card text for the cards and the plan, so both speak the same language.
const cardText = buildCardText(tips);
const params = new URLSearchParams(location.search);
const initialQuery = params.get('q') ?? '';
// `?plan=twitch,roblox` opens the family plan with those platforms chosen (a link or bookmark to it).
const initialPlan = params.get('plan');
const locale = browser.i18n.getUILanguage() || navigator.language;
const root = document.getElementById('app')!;
let visited: string[] = [];
let current: EffectiveSettings | undefined;

/** The reader's country for the plan's lines, as the popup works it out: the setting, else the language. */
function regionFor(settings: EffectiveSettings | undefined) {
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
 * Renders at once; the organisation's notes and the checklist (from storage) join when read. The checklist
 * waits for the settings, so a profile whose policy hides it never shows it.
 */
function draw(settings = current) {
  current = settings;
  render(
    <Guide
      sites={sites}
      text={cardText}
      t={t}
      locale={browser.i18n.getUILanguage()}
      initialQuery={initialQuery}
      schoolNoteFor={settings && ((id) => schoolNoteFor(settings, id, t('yourOrganisation')))}
      checklist={settings?.checklist ? { ticks, onToggle: toggle } : undefined}
      plan={
        <FamilyPlan
          sites={sites}
          text={cardText}
          region={regionFor(settings)}
          t={t}
          locale={locale}
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
  visited = visitedSiteIds(stored, sites);
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
