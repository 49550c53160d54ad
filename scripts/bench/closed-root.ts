/**
 * The loader draws into a closed shadow root: the page's JavaScript (and Playwright's selectors) cannot
 * see in, the DevTools protocol can (as scripts/lib/panel.ts does). These helpers take the
 * benchmark's own CDP session, so they run in the tab being measured without a second session.
 * `panelStateOf` reads attributes through the DOM domain only: no script runs in the page.
 */
import type { CDPSession } from 'playwright-core';

/** The benchmark's own isolated world (not the page's, not the extension's). */
export const BENCH_WORLD = 'streamwise-bench';

interface DomNode {
  nodeType: number;
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const isHost = (node: DomNode) => node.nodeType === 1 && /^streamwise-panel/.test(node.localName ?? '');

function findHost(node: DomNode): DomNode | undefined {
  if (isHost(node)) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

function findPanel(node: DomNode): DomNode | undefined {
  if (node.nodeType === 1 && attribute(node, 'data-testid') === 'panel') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findPanel(child);
    if (found) return found;
  }
  return undefined;
}

export interface HostView {
  /** The first <streamwise-panel> host's closed root, if any. */
  root?: DomNode;
  /** `data-state` of the panel inside it: 'open', 'collapsed', or undefined (no panel drawn). */
  state?: string;
}

/** The host, its closed root and the panel's state, read with `DOM.getDocument({ pierce: true })`. */
export async function hostView(session: CDPSession): Promise<HostView> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const shadow = findHost(root)?.shadowRoots?.[0];
  const panel = shadow ? findPanel(shadow) : undefined;
  return { root: shadow, state: panel ? attribute(panel, 'data-state') : undefined };
}

/** Polls until the panel shows `state`; returns the last state seen. */
export async function waitForState(session: CDPSession, state: string, timeoutMs: number): Promise<HostView> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const view = await hostView(session).catch(() => ({}) as HostView);
    if (view.state === state || Date.now() > end) return view;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The benchmark's isolated world in the tab's main frame (created once per document, then reused). */
export async function benchWorld(session: CDPSession): Promise<number> {
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: BENCH_WORLD,
  });
  return executionContextId;
}

/**
 * Runs `declaration` (a function source, `this` = the closed root) in the benchmark's world and returns
 * its value; a returned promise is awaited.
 */
export async function callOnRoot<T>(
  session: CDPSession,
  root: DomNode,
  declaration: string,
  args: unknown[] = [],
): Promise<T> {
  const executionContextId = await benchWorld(session);
  const { object } = await session.send('DOM.resolveNode', {
    backendNodeId: root.backendNodeId,
    executionContextId,
  });
  const result = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: declaration,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails) {
    throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  }
  return result.result.value as T;
}
