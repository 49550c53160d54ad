import type { CDPSession, Page } from 'playwright-core';

/**
 * The panel lives in a closed shadow root: the page's own `host.shadowRoot` is null, and Playwright's
 * selectors do not enter it. The DevTools protocol does (see ../shared/design/TOOLCHAIN.md): these
 * helpers find the host with `DOM.getDocument({ pierce: true })` and run a function with the closed
 * root, in a world of the harness's own so a hostile page's poisoned prototypes cannot interfere.
 */

/** What the page shows of the Streamwise panel. */
export interface PanelState {
  /** How many Streamwise host elements (<streamwise-panel>, or its fallback name) the document holds. */
  hosts: number;
  state: string | null;
  live: string | null;
  site: string | null;
  headingText: string | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  frameId?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const isHost = (node: DomNode) => node.nodeType === 1 && /^streamwise-panel/.test(node.localName ?? '');

/** Host elements in the top document (not in frames, not inside other shadow roots). */
function findHosts(node: DomNode, found: DomNode[] = []): DomNode[] {
  if (isHost(node)) found.push(node);
  for (const child of node.children ?? []) findHosts(child, found);
  return found;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
    page.once('close', () => sessions.delete(page));
  }
  return s;
}

async function hostsOf(page: Page): Promise<{ cdp: CDPSession; hosts: DomNode[]; frameId?: string }> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const frameId = (root.children ?? []).find((n) => n.frameId)?.frameId;
  return { cdp, hosts: findHosts(root), frameId };
}

/**
 * Runs `fn(root, arg)` with the first host's closed shadow root, or `fn(null, arg)` when there is no
 * host. `fn` is serialised: keep it self-contained.
 */
export async function evalInPanel<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => T,
  arg?: A,
): Promise<T> {
  const { cdp, hosts } = await hostsOf(page);
  const rootNode = hosts[0]?.shadowRoots?.[0];
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'streamwise-harness',
  });
  let objectId: string | undefined;
  if (rootNode) {
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: rootNode.backendNodeId,
      executionContextId,
    });
    objectId = object.objectId;
  }
  const declaration = `function (arg) { return (${fn.toString()})(this && this.nodeType === 11 ? this : null, arg); }`;
  const result = objectId
    ? await cdp.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: declaration,
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      })
    : await cdp.send('Runtime.callFunctionOn', {
        executionContextId,
        functionDeclaration: declaration,
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      });
  if (result.exceptionDetails) {
    throw new Error(
      `in panel: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
    );
  }
  return result.result.value as T;
}

/** How many Streamwise hosts the document holds. */
export async function hostCount(page: Page): Promise<number> {
  return (await hostsOf(page)).hosts.length;
}

export async function panelState(page: Page): Promise<PanelState> {
  const hosts = await hostCount(page);
  const inside = await evalInPanel(page, (root) => {
    const panel = root?.querySelector('[data-testid="panel"]') ?? null;
    const heading = panel?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]') ?? null;
    return {
      state: panel?.getAttribute('data-state') ?? null,
      live: panel?.getAttribute('data-live') ?? null,
      site: panel?.getAttribute('data-site') ?? null,
      headingText: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    };
  });
  return { hosts, ...inside };
}

/** Polls `check` until it returns true or `timeout` ms pass; returns whether it did. */
async function poll(check: () => Promise<boolean>, timeout: number, interval = 50): Promise<boolean> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Waits until a host with a panel (chip or open) inside its closed root is present; returns its state. */
export async function waitForPanel(page: Page, timeout = 10_000): Promise<PanelState> {
  const ok = await poll(async () => (await panelState(page)).state !== null, timeout);
  if (!ok) {
    const seen = await panelState(page).catch(() => null);
    throw new Error(
      `No Streamwise panel on ${page.url()} within ${timeout} ms (seen: ${JSON.stringify(seen)})`,
    );
  }
  return panelState(page);
}

/** Waits until the panel shows in `state` ('open' or 'collapsed'). */
export async function waitForPanelState(page: Page, state: string, timeout = 5_000): Promise<PanelState> {
  const ok = await poll(async () => (await panelState(page)).state === state, timeout);
  if (!ok) {
    const seen = await panelState(page).catch(() => null);
    throw new Error(
      `Panel not ${state} on ${page.url()} within ${timeout} ms (seen: ${JSON.stringify(seen)})`,
    );
  }
  return panelState(page);
}

/**
 * Asserts the extension left the page alone: waits for the load event (document_idle scripts
 * run by then) plus a settle time, then requires zero Streamwise hosts.
 */
export async function expectNoPanel(page: Page, settleMs = 700): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(settleMs);
  const state = await panelState(page);
  if (state.hosts !== 0) {
    throw new Error(`Expected no Streamwise panel on ${page.url()}, found ${JSON.stringify(state)}`);
  }
}

/** How many elements in the panel match `selector`. */
export function countInPanel(page: Page, selector: string): Promise<number> {
  return evalInPanel(page, (root, sel) => root?.querySelectorAll(sel).length ?? 0, selector);
}

/** An attribute of the first element in the panel matching `selector` (null when none). */
export function attrInPanel(page: Page, selector: string, name: string): Promise<string | null> {
  return evalInPanel(page, (root, [sel, attr]) => root?.querySelector(sel)?.getAttribute(attr) ?? null, [
    selector,
    name,
  ] as [string, string]);
}

/** The text of the first element in the panel matching `selector` (null when none). */
export function textInPanel(page: Page, selector: string): Promise<string | null> {
  return evalInPanel(
    page,
    (root, sel) => root?.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    selector,
  );
}

/** The viewport box of the first element in the panel matching `selector`, or null. */
export function boxInPanel(page: Page, selector: string): Promise<Box | null> {
  return evalInPanel(
    page,
    (root, sel) => {
      const el = root?.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    selector,
  );
}

/** A real mouse click at the centre of the element in the panel matching `selector`. */
export async function clickInPanel(page: Page, selector: string, timeout = 5_000): Promise<void> {
  let box: Box | null = null;
  await poll(async () => {
    box = await boxInPanel(page, selector);
    return box !== null && box.width > 0;
  }, timeout);
  if (!box) throw new Error(`No "${selector}" in the panel on ${page.url()}`);
  const { x, y, width, height } = box as Box;
  await page.mouse.click(x + width / 2, y + height / 2);
}

/** The panel element's bounding box in viewport pixels, or null when there is none. */
export function panelBox(page: Page): Promise<Box | null> {
  return boxInPanel(page, '[data-testid="panel"]');
}

/** Opens the panel when it shows collapsed; returns the state afterwards. */
export async function ensureOpen(page: Page): Promise<PanelState> {
  const before = await waitForPanel(page);
  if (before.state === 'open') return before;
  await clickInPanel(page, '[data-action="expand"]');
  return waitForPanelState(page, 'open');
}

/**
 * axe-core cannot enter a closed shadow root. For accessibility checks, copy the panel's rendered
 * nodes (styles included) into an open root on a <streamwise-axe-mirror> host laid over the panel;
 * axe then checks the same markup and styles. Returns false when there is no panel.
 */
export function mirrorPanelForAxe(page: Page): Promise<boolean> {
  return evalInPanel(page, (root) => {
    document.querySelector('streamwise-axe-mirror')?.remove();
    if (!root) return false;
    const host = document.createElement('streamwise-axe-mirror');
    const open = host.attachShadow({ mode: 'open' });
    for (const node of root.childNodes) open.append(node.cloneNode(true));
    document.documentElement.append(host);
    return true;
  });
}

export function removeAxeMirror(page: Page): Promise<void> {
  return page.evaluate(() => document.querySelector('streamwise-axe-mirror')?.remove());
}
