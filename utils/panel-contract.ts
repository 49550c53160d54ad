/**
 * The hand-over between the two stages of the in-page script: the loader (always injected, no
 * framework) and the full panel (Preact and the card, imported only when the panel opens).
 */
export type PanelState = 'open' | 'collapsed';

export interface PanelInput {
  siteId: string;
  live: boolean;
  /** The effective settings as stored (the panel checks them itself: the loader reads only a few). */
  storedSettings: unknown;
  /** The reader's UI locale (region, language, dates). */
  locale: string;
  /** Move focus into the panel (the reader opened it); never on a panel that opens by itself. */
  focus: boolean;
  /** Open "I'm worried" over the page (the popup asked for it); focus moves into it. */
  worried?: boolean;
}

export interface PanelActions {
  collapse: () => void;
  dismiss: () => void;
}

export interface PanelHandle {
  /** Draw (or redraw) the open panel into the frame. */
  render: (input: PanelInput) => void;
  /** Take the open panel out of the frame; its data stays loaded for the next open. */
  clear: () => void;
}

/** The extension API, as the loader captured it (see entrypoints/loader/api.ts). */
export type ExtensionApi = typeof import('@wxt-dev/webextension-polyfill/browser').browser;

/**
 * The full panel's module exports this (as its default export). It takes the loader's API object:
 * by the time the panel loads, a page may have shadowed the API globals with named elements.
 */
export type MountPanel = (
  api: ExtensionApi,
  root: ShadowRoot,
  frame: HTMLElement,
  input: PanelInput,
  actions: PanelActions,
) => Promise<PanelHandle | undefined>;

/** The full panel's file in the package (web-accessible on the registry's hosts only). */
export const PANEL_SCRIPT = '/panel.js';
