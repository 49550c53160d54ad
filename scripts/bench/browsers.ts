import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../lib/browser';
import { chromiumPath } from '../lib/paths';
import { assertChromium } from '../lib/preflight';
import { startServer } from '../lib/server';
import { chromiumArgs } from '../lib/chromium-args';

/** `floor`: the control extension (floor.ts) in a browser of its own, never alongside Streamwise. */
export type ArmName = 'with' | 'without' | 'floor';

/** One browser of the comparison: the E2E harness's Chromium, with or without the extension. */
export interface Arm {
  name: ArmName;
  context: BrowserContext;
  /** The extension's ID in the `with` arm. */
  extensionId?: string;
  close(): Promise<void>;
}

/**
 * The harness's launch flags minus the two that load the extension (see scripts/lib/browser.ts),
 * so both arms see the same hosts, certificates and browser settings.
 */
async function launchWithout(): Promise<Arm> {
  const server = await startServer();
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'streamwise-bench-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: assertChromium(chromiumPath()),
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      args: chromiumArgs(server.port),
    });
    return {
      name: 'without',
      context,
      close: async () => {
        await context.close().catch(() => undefined);
        await server.close();
        rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await server.close();
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}

export async function launchArms(extensionDir: string): Promise<Record<'with' | 'without', Arm>> {
  const extension = await launchWithExtension({ extensionDir });
  try {
    const without = await launchWithout();
    return {
      with: {
        name: 'with',
        context: extension.context,
        extensionId: extension.extensionId,
        close: extension.close,
      },
      without,
    };
  } catch (error) {
    await extension.close();
    throw error;
  }
}

/**
 * The control arm: the harness's Chromium with only the floor extension loaded. Its own browser, because
 * the trace attribution's rule (b) gives continuations in extension IPC tasks to whichever extension is
 * loaded: next to Streamwise, the two could not be told apart.
 */
export async function launchFloor(floorDir: string): Promise<Arm> {
  const floor = await launchWithExtension({ extensionDir: floorDir });
  return { name: 'floor', context: floor.context, extensionId: floor.extensionId, close: floor.close };
}

/** Chromium's version string, e.g. "156.0.8078.79". */
export function browserVersion(arm: Arm): string {
  return arm.context.browser()?.version() ?? 'unknown';
}
