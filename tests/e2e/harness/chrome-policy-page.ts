import type { BrowserContext, Page } from 'playwright-core';

/**
 * What Chromium itself reports on chrome://policy for one extension: the page's table for that extension
 * (a <policy-table> whose <policy-row>s live in open shadow roots), read row by row. Chromium drops a value
 * that fails the extension's managed_schema.json before this table sees it (seen in Chromium 156: the policy
 * shows as "Not set", with no error), so callers should check that every expected policy is listed with its
 * value, not only that no row has an error.
 */
export interface PolicyRow {
  name: string;
  /** The value as the page prints it: JSON text for lists and objects, bare text for strings. */
  value: string;
  /** The status cell: "OK" when Chromium accepted the value. */
  status: string;
  errors: string;
  warnings: string;
  level: string;
  scope: string;
}

/** Opens chrome://policy in a new tab (close it when done). */
export async function openPolicyPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').waitFor();
  return page;
}

/** The rows (policies with a value) of the extension's table on an open chrome://policy page. */
export function extensionPolicyRows(page: Page, extensionId: string): Promise<PolicyRow[] | null> {
  return page.evaluate((id) => {
    const tables: Element[] = [];
    const walk = (node: Element | ShadowRoot) => {
      if (node instanceof Element && node.localName === 'policy-table') tables.push(node);
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.children) walk(child);
    };
    walk(document.body);
    const table = tables.find((t) => t.shadowRoot?.querySelector('.id')?.textContent?.trim() === id);
    if (!table?.shadowRoot) return null;
    const text = (root: ShadowRoot, selector: string) =>
      root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return [...table.shadowRoot.querySelectorAll('policy-row')]
      .filter((row) => !(row as HTMLElement).hidden && row.shadowRoot)
      .map((row) => {
        const root = row.shadowRoot!;
        return {
          name: text(root, '.policy.row #name'),
          value: root.querySelector('.policy.row .value')?.textContent?.trim() ?? '',
          status: text(root, '.policy.row .messages'),
          errors: text(root, '.errors.row .value'),
          warnings: text(root, '.warnings.row .value'),
          level: text(root, '.policy.row .level'),
          scope: text(root, '.policy.row .scope'),
        };
      });
  }, extensionId);
}

/**
 * Presses chrome://policy's "Reload policies": Chromium re-reads its policy files at once, without the
 * 5 s settle time it waits for when it notices a changed file by itself (seen: the new value reached
 * storage.managed within a few ms of the click).
 */
export async function reloadPolicies(page: Page): Promise<void> {
  await page.locator('#reload-policies').click();
}
