import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Real-browser E2E suite only: `vitest run --config tests/e2e/vitest.config.ts`. */
export default defineConfig({
  root: repoRoot,
  resolve: {
    // WXT's path aliases, in case registry files use them.
    alias: [{ find: /^(@@|~~|@|~)\//, replacement: repoRoot }],
  },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['verbose'],
  },
});
