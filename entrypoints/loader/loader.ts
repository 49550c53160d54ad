import { api, hasApi, isOrphaned } from './api';
import { chipCssKey, effectiveSettingsKey } from '../../utils/storage-keys';
import { drawChip } from './chip';
import { counterPageZoomAfterLayout, createHost, type PanelHost } from './host';
import { keepAttached } from './keep-attached';
import { watchUrl } from './navigation';
import { chipTextIn, readLoaderData, saveSiteUi, type LoaderData } from './storage';
import { chipExpandLabel } from '../../utils/chip-text';
import { initialPanelState, panelAllowed, parsePanelRules } from '../../utils/effective-settings';
import { isLivePath, normaliseHostname, siteForHostname } from '../../utils/match-site';
import { isWhichSiteRequest, type PageSeenMessage, type WhichSiteReply } from '../../utils/messages';
import { isWorriedRequest } from '../../utils/worried-message';
import { contentLanguageFor } from '../../utils/languages';
import { PANEL_SCRIPT, type MountPanel, type PanelHandle, type PanelState } from '../../utils/panel-contract';

const siteIndex = __STREAMWISE_SITE_INDEX__;

/**
 * Resolves once the page's load event is over, at once if it is, and after 1 s at most (slow images).
 * Resolving from inside the load listener would run everything awaiting it in that listener's microtask
 * checkpoint, inside the page's load event (its loadEventEnd would wait for us): a zero timeout starts
 * it in a task of its own, after the event.
 */
const pageLoaded = () =>
  document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        const cap = setTimeout(resolve, 1000);
        const loaded = () => {
          clearTimeout(cap);
          setTimeout(resolve, 0);
        };
        window.addEventListener('load', loaded, { once: true });
      });

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
type MessageListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => void;

/**
 * The first stage of the in-page script: decides whether this page gets a panel, draws the collapsed
 * chip itself, and imports the full panel (second stage) only when the panel must open.
 */
export async function startLoader(): Promise<void> {
  const match = hasApi ? siteForHostname(location.hostname, siteIndex) : null;
  if (!match) return;
  const { id } = match;
  // A same-document navigation cannot change the host: live is a matter of the path.
  const liveHere = (site: LoaderData['site']) =>
    isLivePath(site, normaliseHostname(location.hostname) ?? '', location.pathname);
  let live = false;
  // Set once the page has loaded: opens the panel with "I'm worried" over the page; false when it cannot.
  let openWorried = (): boolean => false;

  // The popup asks which site this tab is on (no `tabs` permission to read URLs). A synchronous
  // sendResponse: older Chromium ignores a Promise returned from the listener.
  const answerPopup: MessageListener = (message, _sender, sendResponse) => {
    if (isWorriedRequest(message)) return sendResponse({ opened: openWorried() });
    if (!isWhichSiteRequest(message)) return;
    const reply: WhichSiteReply = { siteId: id, isLive: live };
    sendResponse(reply);
  };
  api.runtime.onMessage.addListener(answerPopup as never);

  // Nothing more before the page's load event: the page's own loading comes first.
  await pageLoaded();
  if (isOrphaned()) return;
  // The browser's interface language, as the popup, guide and options read it (navigator.language can
  // differ: it follows the reader's preferred languages for web content).
  const locale = api.i18n.getUILanguage() || navigator.language;
  // A write that lands while the first read is on its way (the worker's seed just after install, a
  // policy) would otherwise be missed: storage.onChanged does not repeat it, and a reseed of the same
  // values fires no event.
  let changedDuringRead = false;
  const duringRead: StorageListener = (_changes, area) => {
    if (area === 'local') changedDuringRead = true;
  };
  api.storage.onChanged.addListener(duringRead as never);
  let data: LoaderData = await readLoaderData(id);
  let { rules, ui } = data;
  // Live patterns come with the loader's site record; until the worker has seeded it, not live.
  live = liveHere(data.site);
  let state: PanelState = initialPanelState(rules, ui.seen);
  let everShown = false;

  const announce = () => {
    const message: PageSeenMessage = { type: 'streamwise:page', siteId: id, isLive: live };
    if (!data.css) message.reseed = true;
    void api.runtime.sendMessage(message).catch(() => undefined);
  };
  announce();

  let parts: PanelHost | undefined;
  let shown: 'none' | 'chip' | 'panel' = 'none';
  let panel: Promise<PanelHandle | undefined> | undefined;
  let focusPanel = false;
  let worried = false;
  let chipButton: HTMLButtonElement | undefined;

  const input = (focus: boolean) => ({
    siteId: id,
    live,
    storedSettings: data.storedSettings,
    locale,
    focus,
    worried,
  });
  const actions = {
    collapse: () => {
      state = 'collapsed';
      render();
      chipButton?.focus();
    },
    dismiss: () => {
      ui = { seen: true, dismissed: true };
      saveSiteUi(id, ui);
      render();
    },
  };

  const loadPanel = (host: PanelHost) =>
    (panel ??= import(/* @vite-ignore */ api.runtime.getURL(PANEL_SCRIPT))
      .then((module: { default: MountPanel }) =>
        module.default(api, host.root, host.frame, input(false), actions),
      )
      .catch(() => undefined));

  const ensureHost = (css: string): PanelHost => {
    if (!parts) {
      parts = createHost(css);
      counterPageZoomAfterLayout(parts.frame);
    }
    if (!parts.host.isConnected) document.documentElement.append(parts.host);
    return parts;
  };

  const showChip = (host: PanelHost) => {
    // The `language` setting or policy, else the browser's language.
    const language = contentLanguageFor(rules.language, locale);
    const chip = chipTextIn(data.chips, language);
    chipButton = drawChip(host.frame, {
      siteId: id,
      live,
      corner: rules.panelCorner,
      language,
      label: chip.label,
      expandLabel: chipExpandLabel(chip, data.site.name),
      onExpand: () => {
        if (isOrphaned()) return stop();
        state = 'open';
        focusPanel = true;
        render();
      },
      // Hover or focus usually comes a few hundred ms before a click: import the panel and read its
      // card then, so the click only has to draw it.
      onWarm: () => {
        if (!isOrphaned()) void loadPanel(host);
      },
    });
    shown = 'chip';
  };

  const clearPanel = () => {
    if (shown === 'panel') void panel?.then((handle) => handle?.clear());
  };

  /** Mount, redraw or remove the panel to match the page, the settings and the reader's choices. */
  function render(): void {
    if (isOrphaned()) return stop();
    // Without its stylesheet (storage not seeded yet) the loader waits: the seed's arrival re-renders.
    if (!panelAllowed(rules, id, live, ui.dismissed) || !data.css) {
      clearPanel();
      parts?.host.remove();
      shown = 'none';
      return;
    }
    everShown = true;
    const host = ensureHost(data.css);
    if (!ui.seen) {
      ui = { ...ui, seen: true };
      saveSiteUi(id, ui);
    }
    if (state === 'collapsed') {
      clearPanel();
      showChip(host);
      return;
    }
    const focus = focusPanel;
    focusPanel = false;
    void loadPanel(host).then((handle) => {
      // The reader may have collapsed it, or the page changed, while the panel loaded.
      if (state !== 'open' || !panelAllowed(rules, id, live, ui.dismissed)) return;
      if (!handle) {
        state = 'collapsed';
        showChip(host);
        return;
      }
      if (shown === 'chip') host.frame.replaceChildren();
      shown = 'panel';
      handle.render(input(focus));
      worried = false;
    });
  }

  /** Read everything again, as on a fresh load (the worker has just seeded storage). */
  const reread = () =>
    void readLoaderData(id).then((fresh) => {
      data = fresh;
      ({ rules, ui } = fresh);
      const wasLive = live;
      live = liveHere(fresh.site);
      state = initialPanelState(rules, ui.seen);
      render();
      // The first read may have come before the seed (no live patterns yet): the badge must follow.
      if (live !== wasLive) announce();
    });

  const onStorage: StorageListener = (changes, area) => {
    if (area !== 'local') return;
    if (chipCssKey in changes && !data.css) return reread();
    const change = changes[effectiveSettingsKey];
    if (!change) return;
    const next = parsePanelRules(change.newValue);
    if (next.panelMode === 'collapsed' && rules.panelMode !== 'collapsed') state = 'collapsed';
    rules = next;
    data = { ...data, storedSettings: change.newValue };
    // A page that has shown nothing yet starts as a fresh visit under the new settings.
    if (!everShown) state = initialPanelState(rules, ui.seen);
    render();
  };
  api.storage.onChanged.addListener(onStorage as never);
  api.storage.onChanged.removeListener(duringRead as never);

  const guard = keepAttached({
    host: () => parts?.host,
    wanted: () => shown !== 'none',
    reattach: () => parts && document.documentElement.append(parts.host),
  });

  const unwatch = watchUrl(() => {
    // A new page in the app: the page may remove the panel a few more times.
    guard.reset();
    if (shown !== 'none' && parts && !parts.host.isConnected) document.documentElement.append(parts.host);
    const nextLive = liveHere(data.site);
    if (nextLive === live) return;
    live = nextLive;
    render();
    announce();
  });

  // Orphaned after an extension update or reload: checked when the reader comes back to the tab, and
  // every 10 s, which keeps idle cost near zero.
  const checkAlive = () => isOrphaned() && stop();
  document.addEventListener('visibilitychange', checkAlive);
  window.addEventListener('focus', checkAlive);
  const timer = setInterval(checkAlive, 10_000);

  function stop(): void {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', checkAlive);
    window.removeEventListener('focus', checkAlive);
    unwatch();
    guard.stop();
    parts?.host.remove();
    shown = 'none';
    try {
      api.storage.onChanged.removeListener(onStorage as never);
      api.runtime.onMessage.removeListener(answerPopup as never);
    } catch {
      // An orphaned context may refuse even this; its listeners die with it.
    }
  }

  openWorried = () => {
    if (!panelAllowed(rules, id, live, ui.dismissed) || !data.css) return false;
    state = 'open';
    worried = true;
    render();
    return true;
  };
  if (changedDuringRead) reread();
  else render();
}
