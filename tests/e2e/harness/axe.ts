import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { mirrorPanelForAxe, removeAxeMirror } from '../../../scripts/lib/browser';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: unknown[];
}

interface AxeLike {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }[];
  }>;
}

/**
 * axe-core's serious and critical violations in the page, in the part of it matching `within` (a CSS
 * selector), or in the in-page panel (`panel: true`, checked on an open copy of its closed root, see
 * mirrorPanelForAxe). Every violation found, of any impact, is logged under `surface`. Extension pages
 * forbid inline scripts, so there axe is evaluated through the DevTools protocol; web pages get it as a
 * script tag.
 */
export async function seriousViolations(
  page: Page,
  { panel = false, within, surface }: { panel?: boolean; within?: string; surface?: string } = {},
): Promise<AxeViolation[]> {
  if (panel && !(await mirrorPanelForAxe(page))) throw new Error(`no panel to check on ${page.url()}`);
  if (!(await page.evaluate(() => 'axe' in window))) {
    if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE_SOURCE);
    else await page.addScriptTag({ path: AXE_PATH });
  }
  const selector = panel ? 'streamwise-axe-mirror' : within;
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, {});
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target),
    }));
  }, selector);
  if (panel) await removeAxeMirror(page);
  if (surface) console.log(`axe ${surface}: ${JSON.stringify(violations.map((v) => [v.id, v.impact]))}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
