import type { Page } from 'puppeteer-core';

interface BidiSession {
  send(
    method: string,
    params: Record<string, unknown>,
  ): Promise<{
    result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  }>;
}

/** puppeteer-core's WebDriver BiDi session and context id for a page (not in its public types). */
function bidi(page: Page): { session: BidiSession; context: string } {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
  };
  return { session: frame.browsingContext.userContext.browser.session, context: frame.browsingContext.id };
}

/**
 * Firefox's counterpart of harness/panel.ts's evalInPanel: runs `fn(root, arg)` with the panel's CLOSED
 * shadow root (or null without a panel), in a sandbox of the harness's own. WebDriver BiDi serialises closed
 * shadow roots when asked (`includeShadowTree: "all"`), which gives a handle to call the function on.
 */
export async function evalInFirefoxPanel<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => T,
  arg?: A,
): Promise<T> {
  const { session, context } = bidi(page);
  const target = { context, sandbox: 'streamwise-harness' };
  const found = await session.send('script.evaluate', {
    expression: 'document.querySelector("streamwise-panel")',
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const host = found.result.result as { value?: { shadowRoot?: { sharedId?: string } | null } } | undefined;
  const sharedId = host?.value?.shadowRoot?.sharedId;
  const declaration = `function (json) { return JSON.stringify((${fn.toString()})(this && this.nodeType === 11 ? this : null, JSON.parse(json)) ?? null); }`;
  const called = await session.send('script.callFunction', {
    functionDeclaration: declaration,
    ...(sharedId ? { this: { sharedId } } : {}),
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target,
    awaitPromise: true,
  });
  if (called.result.type !== 'success') {
    throw new Error(`in Firefox panel: ${called.result.exceptionDetails?.text ?? 'failed'}`);
  }
  return JSON.parse(String(called.result.result?.value)) as T;
}
