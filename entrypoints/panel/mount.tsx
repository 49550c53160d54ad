import { render } from 'preact';
import { Panel } from '../../components/Panel';
import cardCss from '../../components/card.css?inline';
import panelCss from '../../components/panel.css?inline';
import type { Region } from '../../utils/content-schema';
import { parseEffectiveSettings, schoolNoteFor } from '../../utils/effective-settings';
import type { MountPanel, PanelInput } from '../../utils/panel-contract';
import { contentLanguageFor, directionOf } from '../../utils/languages';
import { resolveRegion } from '../../utils/region';
import { worriedAvailable, worriedSteps } from '../../utils/worried';
import { parseSiteChecklist, tick, today, untick, type SiteChecklist } from '../../utils/checklist';
import { checklistKey } from '../../utils/storage-keys';
import { loadPageData, loadRegion, type PageData } from './page-data';
import { afterNextPaint } from '../../utils/after-next-paint';

/**
 * Reads this site's card and texts, adds the panel's styles to the loader's closed shadow root, and
 * returns a handle the loader draws and clears the open panel with.
 */
export const mountPanel: MountPanel = async (api, root, frame, first, actions) => {
  const locale = first.locale;
  const regionCode = (input: PanelInput) =>
    resolveRegion(parseEffectiveSettings(input.storedSettings).region ?? undefined, locale);
  const languageOf = (input: PanelInput) =>
    contentLanguageFor(parseEffectiveSettings(input.storedSettings).language, locale);
  let language = languageOf(first);
  const firstData = await loadPageData(api, first.siteId, regionCode(first), language);
  if (!firstData) return undefined;
  let data: PageData = firstData;
  let known = new Map<string, Region>(data.regions.map((r) => [r.code, r]));

  const style = document.createElement('style');
  style.textContent = `${cardCss}\n${panelCss}`;
  root.prepend(style);

  let last: PanelInput = first;
  let open = false;
  let worriedOpen = false;
  // The ticks live in storage.local, written from this isolated world: the page can read neither them
  // nor the closed root they are drawn in.
  const ticksKey = checklistKey(first.siteId);
  let ticks: SiteChecklist = data.ticks;
  const toggle = (stepId: string, checked: boolean) => {
    ticks = checked ? tick(ticks, stepId, today()) : untick(ticks, stepId);
    const write =
      Object.keys(ticks).length > 0
        ? api.storage.local.set({ [ticksKey]: ticks })
        : api.storage.local.remove(ticksKey);
    void write.catch(() => undefined);
    if (open) draw({ ...last, focus: false, worried: false });
  };
  // Ticked in the guide or another tab: this panel follows.
  api.storage.onChanged.addListener((changes, area) => {
    const change = changes[ticksKey];
    if (area !== 'local' || !change) return;
    ticks = parseSiteChecklist(change.newValue);
    if (open) draw({ ...last, focus: false, worried: false });
  });
  const draw = (input: PanelInput) => {
    last = input;
    open = true;
    const settings = parseEffectiveSettings(input.storedSettings);
    const withWorried = worriedAvailable(settings.audience, settings.worriedButton);
    if (input.worried && withWorried) worriedOpen = true;
    const code = regionCode(input);
    const wanted = languageOf(input);
    if (wanted !== language) {
      // A setting or policy changed the language: read the card again in it, then draw.
      language = wanted;
      void loadPageData(api, input.siteId, code, wanted).then((fresh) => {
        if (!fresh || wanted !== language) return;
        data = fresh;
        known = new Map(fresh.regions.map((r) => [r.code, r]));
        if (open) draw({ ...last, focus: false });
      });
    }
    if (!known.has(code)) {
      // A setting or policy chose a region the first read did not cover: show INTL until it arrives.
      void loadRegion(api, code, data.language).then((region) => {
        if (!region) return;
        known.set(code, region);
        if (open) draw({ ...last, focus: false });
      });
    }
    const { site, text, t } = data;
    // The frame holds the panel and the "I'm worried" overlay: both speak the card's language.
    frame.lang = data.language;
    frame.dir = directionOf(data.language);
    const region = known.get(code) ?? known.get('INTL');
    const redraw = () => draw({ ...last, focus: false, worried: false });
    render(
      <Panel
        site={site}
        live={input.live}
        corner={settings.panelCorner}
        audience={settings.audience}
        contact={settings.contact}
        schoolNote={schoolNoteFor(settings, site.id, t('yourOrganisation'))}
        text={text}
        region={region}
        locale={data.language}
        language={data.language}
        t={t}
        onCollapse={actions.collapse}
        onDismiss={actions.dismiss}
        checklist={settings.checklist ? { ticks, onToggle: toggle } : undefined}
        worried={
          withWorried
            ? {
                steps: worriedSteps({ site, region, contact: settings.contact }),
                open: worriedOpen,
                onOpen: () => {
                  worriedOpen = true;
                  redraw();
                },
                onClose: () => {
                  worriedOpen = false;
                  redraw();
                  frame.querySelector<HTMLElement>('[data-action="worried"]')?.focus();
                },
              }
            : undefined
        }
      />,
      frame,
    );
    // Moving focus forces a layout of the whole page when it is dirty, as it is just after this render:
    // wait for the frame that paints the panel, then focus (measured: ~10 ms of forced layout saved).
    if (input.focus && !worriedOpen) {
      afterNextPaint(() => {
        if (open && !worriedOpen) frame.querySelector<HTMLElement>('[data-action="collapse"]')?.focus();
      });
    }
  };

  return {
    render: draw,
    clear: () => {
      open = false;
      worriedOpen = false;
      render(null, frame);
    },
  };
};
