import type { Page } from 'playwright-core';
import { collectErrors } from './page-errors';
import type { SuiteBrowser } from './suite';

/** options.html in a new tab, rendered, with its console errors collected from the start. */
export async function openOptions(suite: SuiteBrowser): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.newPage();
  const errors = collectErrors(page);
  await page.goto(`chrome-extension://${suite.browser().extensionId}/options.html`);
  await page.waitForSelector('main.sw-options fieldset');
  await page.waitForLoadState('load');
  return { page, errors };
}
