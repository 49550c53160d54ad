import { render } from 'preact';
import { Panel } from '../../components/Panel';
import cardCss from '../../components/card.css?inline';
import panelCss from '../../components/panel.css?inline';
import type { Region } from '../../utils/content-schema';
import { parseEffectiveSettings, schoolNoteFor } from '../../utils/effective-settings';
import type { MountPanel, PanelInput } from '../../utils/panel-contract';
import { localeLanguage } from '../../utils/panel-text';
import { resolveRegion } from '../../utils/region';
import { worriedAvailable, worriedSteps } from '../../utils/worried';
import { loadPageData, loadRegion } from './page-data';

/**
 * Reads this site's card and texts, adds the panel's styles to the loader's closed shadow root, and
 * returns a handle the loader draws and clears the open panel with.
 */
export const mountPanel: MountPanel = async (api, root, frame, first, actions) => {
  const locale = first.locale;
  const regionCode = (input: PanelInput) =>
    resolveRegion(parseEffectiveSettings(input.storedSettings).region ?? undefined, locale);
  const data = await loadPageData(api, first.siteId, regionCode(first), localeLanguage(locale));
  if (!data) return undefined;
  const { site, text, t } = data;
  const known = new Map<string, Region>(data.regions.map((r) => [r.code, r]));

  const style = document.createElement('style');
  style.textContent = `${cardCss}\n${panelCss}`;
  root.prepend(style);

  let last: PanelInput = first;
  let open = false;
  let worriedOpen = false;
  const draw = (input: PanelInput) => {
    last = input;
    open = true;
    const settings = parseEffectiveSettings(input.storedSettings);
    const withWorried = worriedAvailable(settings.audience);
    if (input.worried && withWorried) worriedOpen = true;
    const code = regionCode(input);
    if (!known.has(code)) {
      // A setting or policy chose a region the first read did not cover: show INTL until it arrives.
      void loadRegion(api, code).then((region) => {
        if (!region) return;
        known.set(code, region);
        if (open) draw({ ...last, focus: false });
      });
    }
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
        locale={locale}
        t={t}
        onCollapse={actions.collapse}
        onDismiss={actions.dismiss}
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
    if (input.focus && !worriedOpen) frame.querySelector<HTMLElement>('[data-action="collapse"]')?.focus();
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
