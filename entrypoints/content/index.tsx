import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelState } from '../../components/Panel';
import { browserTranslate as t } from '../../utils/browser-translate';
import cardCss from '../../components/card.css?inline';
import panelCss from '../../components/panel.css?inline';
import { matchSite } from '../../utils/match-site';
import { resolveRegion } from '../../utils/region';
import { isWhichSiteRequest, type WhichSiteReply } from '../../utils/messages';
import { announce, loadPageData, saveSiteUi } from './page-data';

const siteIndex = __STREAMWISE_SITE_INDEX__;

export default defineContentScript({
  // Placeholder: wxt.config.ts replaces the matches with the registry's hosts at build time.
  matches: ['https://streamwise.invalid/*'],
  runAt: 'document_idle',
  allFrames: false,
  cssInjectionMode: 'manual',

  async main(ctx) {
    const first = matchSite(location.href, siteIndex);
    if (!first) return;
    const { id } = first;
    let isLive = first.isLive;

    // The popup asks which site this tab is on (the extension has no `tabs` permission to read URLs).
    const answerPopup = (message: unknown): Promise<WhichSiteReply> | undefined =>
      isWhichSiteRequest(message) ? Promise.resolve({ siteId: id, isLive }) : undefined;
    browser.runtime.onMessage.addListener(answerPopup);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));

    const data = await loadPageData(id, announce(id, isLive));
    if (!data || data.ui.dismissed || ctx.isInvalid) return;
    const { site, text } = data;
    const regionCode = resolveRegion(undefined, browser.i18n.getUILanguage() || navigator.language);
    const region =
      text.regions.find((r) => r.code === regionCode) ?? text.regions.find((r) => r.code === 'INTL');

    let state: PanelState = data.ui.seen ? 'collapsed' : 'open';
    if (!data.ui.seen) saveSiteUi(id, { ...data.ui, seen: true });

    const ui = await createShadowRootUi(ctx, {
      name: 'streamwise-panel',
      mode: 'open',
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      css: `${cardCss}\n${panelCss}`,
      onMount: (container) => {
        const draw = () =>
          render(
            <Panel
              site={site}
              live={isLive}
              state={state}
              text={text}
              region={region}
              t={t}
              onCollapse={() => {
                state = 'collapsed';
                draw();
              }}
              onExpand={() => {
                state = 'open';
                draw();
              }}
              onDismiss={() => {
                saveSiteUi(id, { seen: true, dismissed: true });
                ui.remove();
              }}
            />,
            container,
          );
        draw();
        return draw;
      },
      onRemove: (draw) => {
        if (draw) render(null, ui.uiContainer);
      },
    });
    ui.mount();

    // SPA routers change the URL without a page load: follow them through navigation events.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const next = matchSite(newUrl.href, siteIndex);
      const nextLive = next?.id === id && next.isLive;
      if (nextLive === isLive) return;
      isLive = nextLive;
      ui.mounted?.();
      void announce(id, isLive);
    });
  },
});
