import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelState } from '../../components/Panel';
import { initialPanelState, panelAllowed } from '../../utils/effective-settings';
import { isLiveUrl, matchSite } from '../../utils/match-site';
import { isWhichSiteRequest, type WhichSiteReply } from '../../utils/messages';
import { resolveRegion } from '../../utils/region';
import { localeLanguage } from '../../utils/panel-text';
import { keepAttached } from './keep-attached';
import { announce, loadPageData, loadRegion, onSettingsChange, saveSiteUi } from './page-data';

const siteIndex = __STREAMWISE_SITE_INDEX__;

/** A page that zooms <html> would zoom the panel too: undo it inside our own shadow root. */
function counterPageZoom(shadow: ShadowRoot) {
  const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
  const frame = shadow.querySelector('html');
  if (frame) frame.style.zoom = zoom === 1 ? '' : String(1 / zoom);
}

/** Resolves once the page's load event has fired, at once if it has, and after 1 s at most (slow images). */
const pageLoaded = () =>
  document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        window.addEventListener('load', () => resolve(), { once: true });
        setTimeout(resolve, 1000);
      });

/** After the reader toggles the panel, focus the button that replaced the one they pressed. */
const keepFocus = (container: HTMLElement, action: string) =>
  container.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();

export default defineContentScript({
  // Placeholder: wxt.config.ts replaces the matches with the registry's hosts at build time.
  matches: ['https://streamwise.invalid/*'],
  runAt: 'document_idle',
  allFrames: false,
  cssInjectionMode: 'manual',
  // No window.postMessage on start: some pages JSON.parse every message they receive.
  noScriptStartedPostMessage: true,

  async main(ctx) {
    const match = matchSite(location.href, siteIndex);
    if (!match) return;
    const { id } = match;
    // Live patterns arrive with the site's card; until then the page counts as not live.
    let isLive = false;

    // The popup asks which site this tab is on (the extension has no `tabs` permission to read URLs).
    const answerPopup = (message: unknown): Promise<WhichSiteReply> | undefined =>
      isWhichSiteRequest(message) ? Promise.resolve({ siteId: id, isLive }) : undefined;
    browser.runtime.onMessage.addListener(answerPopup);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));

    // Nothing more before the page's load event: a document_idle script would otherwise delay it.
    await pageLoaded();
    const locale = browser.i18n.getUILanguage() || navigator.language;
    const data = await loadPageData(id, resolveRegion(undefined, locale), localeLanguage(locale));
    if (!data || ctx.isInvalid) return;
    const { site, text, t } = data;
    isLive = isLiveUrl(location.href, site);
    void announce(id, isLive);
    let { settings, ui: uiState } = data;
    let state: PanelState = initialPanelState(settings, uiState.seen);
    // The reader's reporting lines: their region's, or the international ones until those arrive.
    const regionCode = () => resolveRegion(settings.region ?? undefined, locale);
    const known = new Map(data.regions.map((r) => [r.code, r]));
    const region = () => known.get(regionCode()) ?? known.get('INTL');
    const fetchRegion = () => {
      const code = regionCode();
      if (!known.has(code))
        void loadRegion(code).then((r) => {
          if (r) known.set(code, r);
          update();
        });
    };

    const createUi = (name: string) =>
      createShadowRootUi(ctx, {
        name,
        mode: 'open',
        position: 'inline',
        anchor: document.documentElement,
        append: 'last',
        css: text.css,
        onMount: (container, shadow) => {
          // Reading the page's zoom forces a style pass: do it when the page is idle.
          ctx.requestIdleCallback(() => counterPageZoom(shadow), { timeout: 1000 });
          const draw = () =>
            render(
              <Panel
                site={site}
                live={isLive}
                state={state}
                corner={settings.panelCorner}
                audience={settings.audience}
                contact={settings.contact}
                text={text}
                region={region()}
                locale={locale}
                t={t}
                onCollapse={() => {
                  if (ctx.isInvalid) return;
                  state = 'collapsed';
                  draw();
                  keepFocus(container, 'expand');
                }}
                onExpand={() => {
                  if (ctx.isInvalid) return;
                  state = 'open';
                  draw();
                  keepFocus(container, 'collapse');
                }}
                onDismiss={() => {
                  if (ctx.isInvalid) return;
                  uiState = { seen: true, dismissed: true };
                  saveSiteUi(id, uiState);
                  update();
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
    // A page that defined <streamwise-panel> itself (with its own shadow root) gets a unique name instead.
    const ui = await createUi('streamwise-panel').catch(() =>
      createUi(`streamwise-panel-${Math.random().toString(36).slice(2, 8)}`),
    );

    // Mount, redraw or remove the panel to match the page, the settings and the user's choices.
    const update = () => {
      const allowed = panelAllowed(settings, id, isLive, uiState.dismissed);
      if (!allowed) {
        if (ui.mounted) ui.remove();
        return;
      }
      if (ui.mounted) {
        ui.mounted();
        return;
      }
      if (!uiState.seen) {
        uiState = { ...uiState, seen: true };
        saveSiteUi(id, uiState);
      }
      ui.mount();
    };
    update();
    fetchRegion();

    // After an extension update or reload this script is orphaned: WXT's check (reading ctx.isInvalid)
    // tears the panel down. Checked when the reader comes back to the tab or touches the panel, and
    // every 10 s, which keeps idle cost near zero.
    const checkAlive = () => void ctx.isInvalid;
    ctx.addEventListener(document, 'visibilitychange', checkAlive);
    ctx.addEventListener(window, 'focus', checkAlive);
    ctx.setInterval(checkAlive, 10_000);

    const guard = keepAttached({
      host: () => ui.shadowHost,
      wanted: () => ui.mounted !== undefined,
      reattach: () => ui.mount(),
    });
    ctx.onInvalidated(guard.stop);

    ctx.onInvalidated(
      onSettingsChange((next) => {
        if (next.panelMode !== settings.panelMode && next.panelMode === 'collapsed') state = 'collapsed';
        settings = next;
        fetchRegion();
        update();
      }),
    );

    // SPA routers change the URL without a page load: follow them through navigation events.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const nextLive = matchSite(newUrl.href, siteIndex)?.id === id && isLiveUrl(newUrl.href, site);
      // A new page in the app: the page may remove the panel a few more times.
      guard.reset();
      if (ui.mounted && !ui.shadowHost.isConnected) ui.mount();
      if (nextLive === isLive) return;
      isLive = nextLive;
      update();
      void announce(id, isLive);
    });
  },
});
