import type { BrowserContext, Page, Request } from 'playwright-core';
import type { ServedRequest } from '../../../scripts/lib/server';

/**
 * Records the network requests of a whole browser context, from two vantage points:
 *
 * - Playwright's context-wide `request` event: every page (web pages and extension pages) and, in
 *   Chromium, the extension's service worker (`request.serviceWorker()`).
 * - A CDP session per page (`Network.requestWillBeSent`, `Network.webSocketCreated`), whose
 *   `initiator` names the script that made a request — `chrome-extension://<id>/content-scripts/…`
 *   for a content script, whose requests otherwise look like the page's own.
 *
 * Each request is then sorted into: made by the extension, a navigation the test made itself,
 * the browser's own favicon fetch, or unexplained (anything else; on fixture pages that load
 * nothing themselves, that is also the extension's doing, e.g. an <img> a content script inserted).
 */

/** Where a request was seen. */
export type Vantage = 'playwright' | 'cdp' | 'websocket';

export type Verdict = 'extension' | 'test-navigation' | 'browser-favicon' | 'unexplained' | 'not-network';

export interface SeenRequest {
  vantage: Vantage;
  url: string;
  /** Who made it, as far as the vantage point tells: the worker, a frame, or the initiator chain. */
  by: string;
  verdict: Verdict;
}

export interface NetworkRecorder {
  /** Navigates `page` to `url` and records the URL as one the test asked for. */
  goto(page: Page, url: string): Promise<void>;
  /** A new tab with its CDP session attached before anything loads in it. */
  newPage(): Promise<Page>;
  /** Attaches the per-page CDP session (done automatically for pages opened later, best effort). */
  attach(page: Page): Promise<void>;
  /** Everything seen so far, classified. */
  seen(): SeenRequest[];
  /** Network (http, https, ws, wss) requests only. */
  network(): SeenRequest[];
  /** URLs the test itself navigated to. */
  navigations(): string[];
  /** Stops listening. */
  dispose(): void;
}

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** Requests over http(s) or ws(s) are network requests; chrome-extension://, data:, blob: are not. */
export function isNetworkUrl(url: string): boolean {
  try {
    return NETWORK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The part of CDP's Network.Initiator read here. */
export interface CdpInitiator {
  type: string;
  url?: string;
  stack?: CdpStackTrace;
}
interface CdpStackTrace {
  callFrames: { url: string }[];
  parent?: CdpStackTrace;
}

/** Every URL named in a CDP initiator: its own URL and those of each stack frame, async parents included. */
export function initiatorUrls(initiator: CdpInitiator | undefined): string[] {
  if (!initiator) return [];
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    urls.push(...stack.callFrames.map((f) => f.url).filter(Boolean));
  }
  return urls;
}

function frameUrlOf(request: Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    return undefined; // service-worker requests have no frame
  }
}

export function recordNetwork(context: BrowserContext): NetworkRecorder {
  const seen: SeenRequest[] = [];
  const navigated = new Set<string>();
  const attached = new WeakMap<Page, Promise<void>>();
  let listening = true;
  const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith('chrome-extension://');
  const navigatedHosts = () => new Set([...navigated].map((u) => new URL(u).host));

  const add = (vantage: Vantage, url: string, by: string, verdict: Verdict) => {
    if (listening) seen.push({ vantage, url, by, verdict: isNetworkUrl(url) ? verdict : 'not-network' });
  };

  const onRequest = (request: Request) => {
    const url = request.url();
    const worker = request.serviceWorker();
    if (worker) {
      add('playwright', url, `service worker ${worker.url()}`, 'extension');
      return;
    }
    const frameUrl = frameUrlOf(request);
    if (request.isNavigationRequest()) {
      // The frame still shows the page being left, so a navigation is judged by its target only.
      add('playwright', url, `navigation`, navigated.has(url) ? 'test-navigation' : 'unexplained');
      return;
    }
    add(
      'playwright',
      url,
      `frame ${frameUrl ?? '?'}`,
      isExtensionUrl(frameUrl) ? 'extension' : 'unexplained',
    );
  };

  // One attachment per page; a second caller (the `page` event and newPage race) awaits the first.
  const attach = (page: Page): Promise<void> => {
    let pending = attached.get(page);
    if (!pending) {
      pending = attachNow(page);
      attached.set(page, pending);
    }
    return pending;
  };

  const attachNow = async (page: Page) => {
    page.on('websocket', (ws) => add('websocket', ws.url(), `page ${page.url()}`, 'unexplained'));
    const session = await context.newCDPSession(page);
    session.on('Network.requestWillBeSent', (event) => {
      const { url } = event.request;
      const chain = initiatorUrls(event.initiator);
      const by = `${event.initiator.type} initiator [${chain.join(' < ')}] in ${event.documentURL}`;
      let verdict: Verdict;
      if (chain.some(isExtensionUrl)) verdict = 'extension';
      else if (event.type === 'Document' && navigated.has(url)) verdict = 'test-navigation';
      else if (isExtensionUrl(event.documentURL) && event.type !== 'Document') verdict = 'extension';
      else if (
        event.initiator.type === 'other' &&
        new URL(url).pathname === '/favicon.ico' &&
        navigatedHosts().has(new URL(url).host)
      ) {
        verdict = 'browser-favicon';
      } else verdict = 'unexplained';
      add('cdp', url, by, verdict);
    });
    session.on('Network.webSocketCreated', (event) => {
      const chain = initiatorUrls(event.initiator);
      add(
        'cdp',
        event.url,
        `websocket, initiator [${chain.join(' < ')}]`,
        chain.some(isExtensionUrl) ? 'extension' : 'unexplained',
      );
    });
    await session.send('Network.enable');
  };

  const onPage = (page: Page) => void attach(page).catch(() => undefined);
  context.on('request', onRequest);
  context.on('page', onPage);

  return {
    goto: async (page, url) => {
      navigated.add(url);
      await page.goto(url);
    },
    newPage: async () => {
      const page = await context.newPage();
      await attach(page);
      return page;
    },
    attach,
    seen: () => [...seen],
    network: () => seen.filter((r) => r.verdict !== 'not-network'),
    navigations: () => [...navigated],
    dispose: () => {
      listening = false;
      context.off('request', onRequest);
      context.off('page', onPage);
    },
  };
}

/** Requests Chromium makes on its own, with or without any extension (seen in a run without Streamwise). */
export const CHROMIUM_OWN_ENDPOINTS: readonly { host: string; pathname: string; what: string }[] = [
  { host: 'accounts.google.com', pathname: '/ListAccounts', what: 'Google sign-in account check' },
  {
    host: 'update.googleapis.com',
    pathname: '/service/update2/json',
    what: 'component updater (on-demand component ceofaddefefcbblgcgnibnonglccbfja)',
  },
];

/**
 * What the fixture server received beyond the page loads the test made, their favicons, and
 * Chromium's own background requests. Every hostname resolves to that server, so it also sees
 * http(s) requests made before any listener was attached (e.g. at extension install).
 */
export function unexpectedServedRequests(
  served: readonly ServedRequest[],
  navigations: readonly string[],
): ServedRequest[] {
  const asked = new Set(
    navigations.filter(isNetworkUrl).map((u) => {
      const url = new URL(u);
      return `${url.hostname}${url.pathname}${url.search}`;
    }),
  );
  const hosts = new Set(navigations.filter(isNetworkUrl).map((u) => new URL(u).hostname));
  return served.filter((r) => {
    const pathname = r.path.replace(/\?.*$/, '');
    if (asked.has(`${r.host}${r.path}`)) return false;
    if (pathname === '/favicon.ico' && hosts.has(r.host)) return false;
    return !CHROMIUM_OWN_ENDPOINTS.some((e) => e.host === r.host && e.pathname === pathname);
  });
}

/** One line per request, for failure messages and the printed report. */
export function describeRequests(requests: readonly SeenRequest[]): string {
  return requests.map((r) => `  [${r.vantage}] ${r.verdict}: ${r.url} (${r.by})`).join('\n') || '  (none)';
}
