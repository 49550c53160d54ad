import type { Page } from 'playwright-core';

export interface WorldTracker {
  /** Names of the extension isolated worlds (content scripts) created in the page so far. */
  names(): string[];
}

/**
 * Watches, over CDP, for execution contexts whose origin is chrome-extension:// — the isolated
 * world a content script runs in. Start it before page.goto().
 */
export async function trackExtensionWorlds(page: Page): Promise<WorldTracker> {
  const session = await page.context().newCDPSession(page);
  const names: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) names.push(context.name || context.origin);
  });
  await session.send('Runtime.enable');
  return { names: () => [...names] };
}
