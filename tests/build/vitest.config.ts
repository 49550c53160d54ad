import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Checks of the built extension that need no browser (the manifests, a static scan of the bundles):
 * `npm run test:build`, run by `npm test` right after `npm run build`.
 */
export default defineConfig({
  root: repoRoot,
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
