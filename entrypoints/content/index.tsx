import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelState } from '../../components/Panel';
import { english } from '../../components/messages';
import type { SiteCardData } from '../../components/SiteCard';
import { liveRisks, youngPersonTips } from '../../content/tips';
import cardCss from '../../components/card.css?inline';
import panelCss from '../../components/panel.css?inline';
import { isCardData } from '../../utils/card-data';
import { matchSite } from '../../utils/match-site';
import { siteDataKey, type PageSeenMessage } from '../../utils/messages';
import { parseSiteUiState, siteUiKey } from '../../utils/site-ui-state';

const siteIndex = __STREAMWISE_SITE_INDEX__;
const youngPersonLines = youngPersonTips.map((tip) => tip.text);
const liveRiskLines = liveRisks.map((tip) => tip.text);

function announce(siteId: string, isLive: boolean): Promise<{ site?: unknown } | undefined> {
  const message: PageSeenMessage = { type: 'streamwise:page', siteId, isLive };
  return browser.runtime.sendMessage(message).catch(() => undefined) as Promise<
    { site?: unknown } | undefined
  >;
}

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

    const reply = announce(id, isLive);
    const stored = await browser.storage.local.get([siteDataKey(id), siteUiKey(id)]);
    const uiState = parseSiteUiState(stored[siteUiKey(id)]);
    if (uiState.dismissed || ctx.isInvalid) return;

    const fromStorage = stored[siteDataKey(id)];
    const fromWorker = isCardData(fromStorage, id) ? undefined : (await reply)?.site;
    const site: SiteCardData | undefined = isCardData(fromStorage, id)
      ? fromStorage
      : isCardData(fromWorker, id)
        ? fromWorker
        : undefined;
    if (!site || ctx.isInvalid) return;

    let state: PanelState = uiState.seen ? 'collapsed' : 'open';
    if (!uiState.seen) void browser.storage.local.set({ [siteUiKey(id)]: { ...uiState, seen: true } });

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
              liveRisks={liveRiskLines}
              youngPersonLines={youngPersonLines}
              t={english}
              onCollapse={() => {
                state = 'collapsed';
                draw();
              }}
              onExpand={() => {
                state = 'open';
                draw();
              }}
              onDismiss={() => {
                void browser.storage.local.set({ [siteUiKey(id)]: { seen: true, dismissed: true } });
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
