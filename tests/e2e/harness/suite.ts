import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../../scripts/lib/browser';

export interface SuiteBrowser {
  browser(): ExtensionBrowser;
  /** A new tab, closed after the test. */
  newPage(): Promise<Page>;
  /** A new tab at `url`, closed after the test. */
  open(url: string): Promise<Page>;
}

/**
 * One Chromium with a fresh profile for the enclosing describe block, so every site starts as
 * a first visit there. Call at describe level.
 */
export function useExtensionBrowser(options: LaunchOptions = {}): SuiteBrowser {
  let current: ExtensionBrowser | undefined;
  const pages = new Set<Page>();
  beforeAll(async () => {
    current = await launchWithExtension(options);
  });
  afterEach(async () => {
    await Promise.all([...pages].map((page) => page.close().catch(() => undefined)));
    pages.clear();
  });
  afterAll(async () => {
    await current?.close();
  });
  const browser = (): ExtensionBrowser => {
    if (!current) throw new Error('The extension browser did not launch (see the beforeAll error).');
    return current;
  };
  const newPage = async (): Promise<Page> => {
    const page = await browser().context.newPage();
    pages.add(page);
    return page;
  };
  return {
    browser,
    newPage,
    open: async (url) => {
      const page = await newPage();
      await page.goto(url);
      return page;
    },
  };
}
