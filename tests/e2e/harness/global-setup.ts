import { assertBuild, assertChromium } from '../../../scripts/lib/preflight';

/** Vitest globalSetup: fail the whole E2E run loudly before any test when its prerequisites are missing. */
export default function setup(): void {
  assertChromium();
  assertBuild();
}
